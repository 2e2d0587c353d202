package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.chassis.errors.Conflict;
import cn.huiyin.chassis.errors.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * How every use case changes a case for a client: the case must be in the client's regions (else not found), at
 * the version the client read if it says so (else a conflict), in a state that allows the change (else the case's
 * own conflict naming the state); the case and its events are then written in one versioned write.
 */
public class CaseChanges {

    private static final int RETRIES = 5;

    private final Cases cases;
    private final CaseQueries queries;
    private final CaseMetrics metrics;

    public CaseChanges(Cases cases, CaseQueries queries, CaseMetrics metrics) {
        this.cases = cases;
        this.queries = queries;
        this.metrics = metrics;
    }

    /**
     * A client that named the version it read (If-Match) gets a conflict when the case moved on. One that did not
     * is not bothered with a write it could not have known of (the deadline watch, a routing event): the change is
     * applied again to the case as it now is, a few times, and refused only if the case keeps changing or the
     * change no longer fits its state.
     */
    public Mono<StoredCase> apply(ActingOn on, Function<Case, Transition> change) {
        Mono<StoredCase> once = Mono.defer(() -> applyOnce(on, change));
        return on.expectedVersion() != null ? once
                : once.retryWhen(Retry.backoff(RETRIES, Duration.ofMillis(20))
                        .filter(OptimisticLockingFailureException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private Mono<StoredCase> applyOnce(ActingOn on, Function<Case, Transition> change) {
        return queries.visible(on.caseId(), on.client())
                .flatMap(read -> {
                    Long expected = on.expectedVersion();
                    if (expected != null && expected != read.version()) {
                        return Mono.error(new Conflict("case " + on.caseId() + " is at version " + read.version()
                                + ", not " + expected + "; read it again"));
                    }
                    Transition transition = change.apply(read.data());
                    return cases.save(read, transition)
                            .doOnNext(written -> metrics.changed(read.data(), written.data(), transition.events()));
                });
    }

    /**
     * Reports may be dated afterwards, but not before what the case already records. The deadline
     * watch's marks do not count: they record when case-service noticed a deadline, which for a
     * report entered afterwards (an import, a county system catching up) is later than the report.
     */
    public static Case notBefore(Case c, Instant at) {
        Instant last = c.lastActionAt();
        if (last != null && at.isBefore(last)) {
            throw new InvalidInput("at", "must not be before the case's last action at " + last);
        }
        return c;
    }
}
