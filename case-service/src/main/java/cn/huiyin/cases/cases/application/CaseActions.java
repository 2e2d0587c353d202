package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.infrastructure.CaseDocument;
import cn.huiyin.cases.cases.infrastructure.CaseStore;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.CaseConflict;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.ProblemException;

import java.time.Duration;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Runs one action on a case for a client: the case must be in the client's regions (else 404),
 * at the version the client read if it says so (else 409), in a state that allows the action
 * (else 409 naming the state); the case and its events are then written in one versioned write.
 */
public class CaseActions {

    private static final int RETRIES = 5;

    private final CaseStore cases;
    private final RegionAccess access;
    private final CaseMetrics metrics;

    public CaseActions(CaseStore cases, RegionAccess access, CaseMetrics metrics) {
        this.cases = cases;
        this.access = access;
        this.metrics = metrics;
    }

    /** A case the client may see: another county's case does not exist for it. */
    public Mono<CaseDocument> visible(String caseId, Client client) {
        return cases.findById(caseId)
                .filter(found -> access.mayActOn(client, found.data().countyCode()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("case " + caseId)));
    }

    /**
     * A client that named the version it read (If-Match) gets 409 when the case moved on. One that did
     * not is not bothered with a write it could not have known of (the deadline watch, a routing
     * event): the action is applied again to the case as it now is, a few times, and 409 only if the
     * case keeps changing or the action no longer fits its state.
     */
    public Mono<CaseDocument> act(String caseId, Client client, Long expectedVersion,
            Function<Case, Transition> action) {
        Mono<CaseDocument> once = Mono.defer(() -> actOnce(caseId, client, expectedVersion, action));
        return expectedVersion != null ? once
                : once.retryWhen(Retry.backoff(RETRIES, Duration.ofMillis(20))
                        .filter(OptimisticLockingFailureException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private Mono<CaseDocument> actOnce(String caseId, Client client, Long expectedVersion,
            Function<Case, Transition> action) {
        return visible(caseId, client)
                .flatMap(read -> {
                    if (expectedVersion != null && expectedVersion != read.version()) {
                        return Mono.error(ProblemException.conflict("case " + caseId + " is at version "
                                + read.version() + ", not " + expectedVersion + "; read it again"));
                    }
                    Transition transition;
                    try {
                        transition = action.apply(read.data());
                    } catch (CaseConflict conflict) {
                        return Mono.error(ProblemException.conflict(conflict.getMessage()));
                    }
                    return cases.save(read, transition)
                            .doOnNext(written -> metrics.changed(read.data(), written.data(), transition.events()));
                });
    }
}
