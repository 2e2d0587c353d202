package cn.huiyin.intake.calls.application;

import cn.huiyin.chassis.errors.Conflict;
import cn.huiyin.intake.calls.model.CallSubmission;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Accepts a call exactly once per calling system and {@code externalId}: the first post is answered
 * 201; a repeat of the same call gets the first answer (200); another call under a used key is a
 * conflict (409). A new call costs three MongoDB commands before its answer — the caller's history
 * (which links a repeat call) and the county-day's tracking number, together, then one insert of
 * the call holding its {@code case-received} event, under a unique index on the key — and the event
 * is sent after the answer, by the outbox. A repeat this instance has seen costs one read. A call whose insert
 * fails costs one more command: its tracking number is recorded as void.
 */
public class CallIntake {

    /** A reservation older than this, left by an earlier version, is taken to be abandoned. */
    static final Duration ABANDONED = Duration.ofSeconds(30);
    private static final int RECENT_KEYS = 100_000;

    private final Calls calls;
    private final CallCompletion completion;
    private final RecentKeys recent = new RecentKeys(RECENT_KEYS);
    private final Clock clock;

    public CallIntake(Calls calls, CallCompletion completion, Clock clock) {
        this.calls = calls;
        this.completion = completion;
        this.clock = clock;
    }

    public Mono<IntakeOutcome> accept(String clientSubject, String requestHash, CallSubmission submission) {
        Post post = new Post(new Posting(clientSubject + "/" + submission.externalId(), requestHash, clientSubject),
                submission);
        return Mono.defer(() -> recent.take(post.key()) ? store(post) : answerFor(post));
    }

    /** One post of a call: who posted it under which idempotency key, and what it says. */
    private record Post(Posting posting, CallSubmission submission) {

        String key() {
            return posting.idempotencyKey();
        }
    }

    private Mono<IntakeOutcome> store(Post post) {
        return completion.complete(UUID.randomUUID().toString(), post.submission())
                .flatMap(accepted -> Mono
                        .defer(() -> calls.insert(post.posting(), accepted, List.of(CaseReceivedEvents.of(accepted))))
                        // the history names a call that is not stored and its number belongs to no call: take the
                        // one back and void the other, whatever happens next
                        .onErrorResume(failure -> completion.notStored(accepted, calls.whyNotStored(failure), failure)
                                .then(Mono.error(failure)))
                        .onErrorMap(DuplicateKeyException.class, KeyTaken::new))
                .doOnNext(completion::accepted)
                .map(stored -> new IntakeOutcome(true, CallReceipts.of(stored)))
                .doOnError(failure -> recent.release(post.key()))
                // another instance (or a post before a restart) stored it first
                .onErrorResume(KeyTaken.class, taken -> answerFor(post));
    }

    /** The key is taken: the same call again, a different call under a used key, or still being stored. */
    private Mono<IntakeOutcome> answerFor(Post post) {
        return calls.findByIdempotencyKey(post.key())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(found -> found.isEmpty() ? storeIfGivenBack(post) : answerAs(found.get(), post))
                // the first post of this call is being stored right now: wait for its answer
                .retryWhen(Retry.fixedDelay(100, Duration.ofMillis(50)).filter(StillInProgress.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> new Conflict("externalId "
                                + post.submission().externalId() + " is still being processed; retry later")));
    }

    /** Not stored yet: still being stored by the post that took the key, or that post failed and gave it back. */
    private Mono<IntakeOutcome> storeIfGivenBack(Post post) {
        return recent.take(post.key()) ? store(post) : Mono.error(new StillInProgress());
    }

    private Mono<IntakeOutcome> answerAs(StoredPost existing, Post post) {
        if (!existing.requestHash().equals(post.posting().requestHash())) {
            return Mono.error(new Conflict("externalId " + post.submission().externalId()
                    + " was already used for a different call"));
        }
        if (existing.accepted()) {
            return Mono.just(new IntakeOutcome(false, CallReceipts.of(existing.call())));
        }
        if (existing.reservedAt().isBefore(clock.instant().minus(ABANDONED))) {
            return calls.discard(existing).then(Mono.error(new StillInProgress()));
        }
        return Mono.error(new StillInProgress());
    }

    /** The call's insert found its idempotency key taken (and not some other unique index or upsert race). */
    private static final class KeyTaken extends RuntimeException {

        KeyTaken(DuplicateKeyException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static final class StillInProgress extends RuntimeException {

        StillInProgress() {
            super(null, null, false, false);
        }
    }
}
