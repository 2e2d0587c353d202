package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.Transition;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The stored cases, each written together with the events its transition caused (the outbox), so that a change and
 * its events are one atomic write. The version read is the lock: of two writers, one wins.
 */
public interface Cases {

    /** The first write of a case, with the events of its opening; a DuplicateKeyException means it exists already. */
    Mono<StoredCase> insert(Transition opened);

    /**
     * The first write of many cases with their opening events: the ids written. A case that exists already is left
     * out, and so are its events; the others are written whatever happened to it.
     */
    Mono<Set<String>> insertAll(List<Transition> opened);

    /** Which of these cases exist. */
    Mono<Set<String>> existing(Collection<String> caseIds);

    Mono<StoredCase> findById(String caseId);

    Mono<StoredCase> findByTrackingNumber(String trackingNumber);

    /**
     * Writes the case after a transition if nobody else wrote it since it was read; an
     * OptimisticLockingFailureException otherwise. The case returned is at its new version.
     */
    Mono<StoredCase> save(StoredCase read, Transition transition);

    /** The cases the filter selects, in the order asked, from {@code skip} on. */
    Flux<StoredCase> find(CaseFilter filter, CaseFilter.Order order, long skip, int limit);

    Mono<Long> count(CaseFilter filter);

    /**
     * Cases still owing their report whose due-soon or overdue mark is due at {@code now} and not made yet, the
     * earliest due soon first.
     */
    Flux<StoredCase> awaitingDeadlineMarks(Instant now, int limit);

    /** How many cases are open, overdue and due soon, by state and county. */
    Flux<OpenCaseCount> openByStateAndCounty();
}
