package cn.huiyin.intake.calls.infrastructure;

import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.events.CallType;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.Disposition;
import cn.huiyin.intake.calls.application.Posting;
import cn.huiyin.intake.calls.application.StoredPost;
import cn.huiyin.intake.calls.model.Call;

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
        Call.Classification classification,
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
        Call.Caller caller,
        List<OutboxEvent> outbox) {

    public static final String COLLECTION = "calls";

    public enum State { PENDING, ACCEPTED }

    /** The accepted call as posted, complete at once: reserved and accepted at the same instant, no events yet. */
    static CallDocument accepted(Posting posting, Call call) {
        return new CallDocument(call.id(), posting.idempotencyKey(), posting.requestHash(), posting.clientSubject(),
                State.ACCEPTED, call.acceptedAt(), call.externalId(), call.trackingNumber(), call.receivedAt(),
                call.acceptedAt(), call.channel(), call.type(), call.disposition(), call.categories(),
                call.classification(), call.regionCode(), call.townshipCode(), call.countyCode(), call.cityCode(),
                call.provinceCode(), call.regionPath(), call.address(), call.content(), call.urgent(),
                call.repeatOf(), call.caller(), List.of());
    }

    /** The same call with these events waiting to be sent. */
    CallDocument withOutbox(List<OutboxEvent> events) {
        return new CallDocument(id, idempotencyKey, requestHash, clientSubject, state, reservedAt, externalId,
                trackingNumber, receivedAt, acceptedAt, channel, type, disposition, categories, classification,
                regionCode, townshipCode, countyCode, cityCode, provinceCode, regionPath, address, content, urgent,
                repeatOf, caller, events);
    }

    boolean accepted() {
        return state == State.ACCEPTED;
    }

    Call toCall() {
        return new Call(id, externalId, trackingNumber, receivedAt, acceptedAt, channel, type, disposition,
                categories, classification, regionCode, townshipCode, countyCode, cityCode, provinceCode, regionPath,
                address, content, urgent, repeatOf, caller);
    }

    /** What the idempotency key holds: the call once accepted, else the pending reservation. */
    StoredPost toStoredPost() {
        return new StoredPost(id, requestHash, reservedAt, accepted() ? toCall() : null);
    }
}
