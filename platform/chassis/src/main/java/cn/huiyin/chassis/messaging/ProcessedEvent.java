package cn.huiyin.chassis.messaging;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The proof that a consumer applied an event. The id is {@code <consumer>/<ce_id>}, so the unique
 * {@code _id} index makes a second record of the same event impossible.
 */
@Document(ProcessedEvent.COLLECTION)
public record ProcessedEvent(@Id String id, String consumer, String eventId, String type, Instant processedAt) {

    public static final String COLLECTION = "processed_events";

    static String idOf(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }
}
