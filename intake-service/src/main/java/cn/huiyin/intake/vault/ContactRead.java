package cn.huiyin.intake.vault;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of a caller's full contact details (PIPL): who read them, for which call, why and when.
 *
 * @param subject the token subject of the client or person that read them
 */
@Document(ContactRead.COLLECTION)
public record ContactRead(@Id String id, String callId, String subject, String reason, Instant at) {

    public static final String COLLECTION = "contact_reads";
}
