package cn.huiyin.chassis.outbox;

import cn.huiyin.events.CloudEventAttributes;

import java.net.URI;
import java.time.Instant;

/**
 * An event waiting in its aggregate's document (field {@code outbox}) until Kafka acknowledged
 * it. It carries everything needed to send it again after a crash: topic, key, CloudEvents
 * attributes and the JSON payload as it was serialized when the change was made.
 */
public record OutboxEvent(String eventId, String topic, String key, String type, String source, String subject,
        Instant time, String payload) {

    /** The field of an aggregate document that holds its unsent events. */
    public static final String FIELD = "outbox";

    public CloudEventAttributes attributes() {
        return new CloudEventAttributes(eventId, type, URI.create(source), time, subject);
    }
}
