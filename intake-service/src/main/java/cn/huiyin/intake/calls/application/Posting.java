package cn.huiyin.intake.calls.application;

/**
 * Who posted a call and under which key: the calling system's subject and its {@code externalId} make the
 * idempotency key, and the hash of the request as normalised tells a replay from another call under a used key.
 */
public record Posting(String idempotencyKey, String requestHash, String clientSubject) {
}
