package cn.huiyin.intake.calls.infrastructure;

import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.events.CallType;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.ClassifiedBy;
import cn.huiyin.events.Disposition;
import cn.huiyin.intake.vault.SealedContact;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A call as stored: one document holds the call, its sealed contact and its unsent events, so
 * accepting a call is one atomic write. Personal data is only in {@code caller.sealed}
 * (ciphertext) and as keyed hashes; no plain field holds a name, phone or ID number.
 *
 * <p>A call is written once, complete ({@code ACCEPTED}), under its unique idempotency key.
 * {@code PENDING} is what earlier versions wrote as a reservation before completing it; such a
 * document left by a crash is discarded when its key comes again.
 */
@Document(CallDocument.COLLECTION)
public record CallDocument(
        @Id String id,
        String idempotencyKey,
        String requestHash,
        String clientSubject,
        State state,
        Instant reservedAt,
        String externalId,
        String trackingNumber,
        Instant receivedAt,
        Instant acceptedAt,
        Channel channel,
        CallType type,
        Disposition disposition,
        List<Category> categories,
        Classification classification,
        String regionCode,
        String townshipCode,
        String countyCode,
        String cityCode,
        String provinceCode,
        List<String> regionPath,
        String address,
        String content,
        boolean urgent,
        String repeatOf,
        Caller caller,
        List<OutboxEvent> outbox) {

    public static final String COLLECTION = "calls";

    public enum State { PENDING, ACCEPTED }

    public record Classification(ClassifiedBy by, double confidence, boolean needsReview, String rulesVersion) {
    }

    /** The caller without personal data in clear: keyed hashes, a masked phone, the sealed contact. */
    public record Caller(String ref, String phoneFingerprint, String idFingerprint, String maskedPhone,
            String maskedName, SealedContact sealed) {
    }

    /** The same call with these events waiting to be sent. */
    CallDocument withOutbox(List<OutboxEvent> events) {
        return new CallDocument(id, idempotencyKey, requestHash, clientSubject, state, reservedAt, externalId,
                trackingNumber, receivedAt, acceptedAt, channel, type, disposition, categories, classification,
                regionCode, townshipCode, countyCode, cityCode, provinceCode, regionPath, address, content, urgent,
                repeatOf, caller, events);
    }

    public boolean accepted() {
        return state == State.ACCEPTED;
    }
}
