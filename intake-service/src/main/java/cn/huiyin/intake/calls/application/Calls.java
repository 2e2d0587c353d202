package cn.huiyin.intake.calls.application;

import cn.huiyin.intake.calls.model.Call;
import cn.huiyin.intake.calls.model.TrackingNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The stored calls: the one write of an accepted call with its events, under a unique idempotency key, and the
 * reads behind the call API and the tracking ledger.
 */
public interface Calls {

    /**
     * Stores the accepted call holding its events, in one command, and has them sent; fails with
     * {@link org.springframework.dao.DuplicateKeyException} when the posting's idempotency key is taken.
     */
    Mono<Call> insert(Posting posting, Call accepted, List<? extends Record> events);

    /** Why an insert failed, in words without personal data (a duplicate key's message quotes the key). */
    String whyNotStored(Throwable failure);

    Mono<StoredPost> findByIdempotencyKey(String idempotencyKey);

    /** Removes a reservation an earlier version left pending, if it is still the one read. */
    Mono<Boolean> discard(StoredPost pending);

    /** The accepted call, empty when there is none with this id. */
    Mono<Call> findById(String callId);

    /** The tracking numbers of the accepted calls of one county-day. */
    Flux<TrackingNumber> trackingNumbers(String countyCode, LocalDate day);

    /**
     * One page of the accepted calls within any of {@code regions}, newest first; {@code from} (inclusive),
     * {@code to} (exclusive) and {@code types} narrow it when given.
     */
    Flux<Call> search(List<String> regions, Instant from, Instant to, List<String> types, int page, int size);

    /** How many calls {@link #search} finds in all. */
    Mono<Long> count(List<String> regions, Instant from, Instant to, List<String> types);
}
