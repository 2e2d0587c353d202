package cn.huiyin.intake.vault.model;

import java.time.Instant;

/**
 * One read of a caller's full contact details (PIPL): who read them, for which call, why and when.
 *
 * @param subject the token subject of the client or person that read them
 */
public record ContactRead(String id, String callId, String subject, String reason, Instant at) {
}
