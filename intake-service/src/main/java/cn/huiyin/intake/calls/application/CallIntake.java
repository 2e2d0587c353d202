package cn.huiyin.intake.calls.application;

import cn.huiyin.chassis.outbox.EventOutbox;
import cn.huiyin.chassis.outbox.OutboxRelay;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.intake.calls.infrastructure.CallDocument;
import cn.huiyin.intake.calls.infrastructure.CallStore;
import cn.huiyin.intake.calls.model.CallSubmission;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Accepts a call exactly once per calling system and {@code externalId}: the first post reserves
 * the key and is answered 201; a repeat of the same call gets the first answer (200); another call
 * under a used key is a conflict (409). The call and its {@code case-received} event are stored
 * in one document before the answer; the event is sent right after and swept until Kafka has it.
 */
public class CallIntake {

    /** A reservation older than this is taken to be abandoned by a worker that died. */
    static final Duration ABANDONED = Duration.ofSeconds(30);

    private final CallStore calls;
    private final CallCompletion completion;
    private final EventOutbox outbox;
    private final OutboxRelay relay;
    private final Clock clock;

    public CallIntake(CallStore calls, CallCompletion completion, EventOutbox outbox, OutboxRelay relay, Clock clock) {
        this.calls = calls;
        this.completion = completion;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<IntakeOutcome> accept(String clientSubject, String requestHash, CallSubmission submission) {
        String key = clientSubject + "/" + submission.externalId();
        return calls.reserve(UUID.randomUUID().toString(), key, requestHash, clientSubject, submission.externalId(),
                        clock.instant())
                .flatMap(reservation -> complete(reservation, submission))
                .onErrorResume(DuplicateKeyException.class, taken -> answerFor(key, requestHash, submission));
    }

    private Mono<IntakeOutcome> complete(CallDocument reservation, CallSubmission submission) {
        return completion.complete(reservation, submission, outbox)
                .flatMap(calls::complete)
                .doOnNext(done -> relay.dispatchInBackground(CallDocument.COLLECTION, done.id(), done.outbox()))
                .flatMap(completion::remember)
                .map(done -> new IntakeOutcome(true, CallReceipts.of(done)))
                // someone else completed this reservation meanwhile: answer as they did
                .switchIfEmpty(Mono.defer(() -> calls.findById(reservation.id())
                        .map(done -> new IntakeOutcome(false, CallReceipts.of(done)))));
    }

    /** The key is taken: the same call again, a different call under a used key, or still in progress. */
    private Mono<IntakeOutcome> answerFor(String key, String requestHash, CallSubmission submission) {
        return calls.findByIdempotencyKey(key)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("reservation " + key + " vanished")))
                .flatMap(existing -> {
                    if (!existing.requestHash().equals(requestHash)) {
                        return Mono.error(ProblemException.conflict("externalId " + submission.externalId()
                                + " was already used for a different call"));
                    }
                    if (existing.accepted()) {
                        return Mono.just(new IntakeOutcome(false, CallReceipts.of(existing)));
                    }
                    if (existing.reservedAt().isBefore(clock.instant().minus(ABANDONED))) {
                        return calls.takeOver(existing, clock.instant())
                                .flatMap(renewed -> complete(renewed, submission))
                                .switchIfEmpty(Mono.error(StillInProgress::new));
                    }
                    return Mono.error(new StillInProgress());
                })
                // the first post of this call is being completed right now: wait for its answer
                .retryWhen(Retry.fixedDelay(100, Duration.ofMillis(50)).filter(StillInProgress.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> ProblemException.conflict(
                                "externalId " + submission.externalId() + " is still being processed; retry later")));
    }

    private static final class StillInProgress extends RuntimeException {

        StillInProgress() {
            super(null, null, false, false);
        }
    }
}
