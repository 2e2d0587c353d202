package cn.huiyin.cases.cases.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.cases.cases.infrastructure.CaseDocument;
import cn.huiyin.cases.cases.infrastructure.CaseStore;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.CaseState;
import cn.huiyin.cases.cases.model.Transition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Marks cases due soon (80 % of the time used) and overdue, each once per deadline, publishing
 * {@code case-overdue}. The marks are stored in the case, so they survive restarts; the case's
 * version is the lock, so of several instances watching at once exactly one marks a case and
 * sends its event — the others' writes fail on the stale version and are dropped.
 */
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    static final int BATCH = 500;

    private final CaseStore cases;
    private final Clock clock;

    public DeadlineWatch(CaseStore cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** One pass; returns how many cases this instance marked. */
    public Mono<Long> run() {
        Instant now = clock.instant();
        Criteria awaiting = where(CaseDocument.path("state"))
                .in(List.of(CaseState.ASSIGNED.name(), CaseState.INVESTIGATING.name()));
        Criteria due = new Criteria().orOperator(
                new Criteria().andOperator(where(CaseDocument.path("dueSoon")).is(false),
                        where(CaseDocument.path("deadline.dueSoonAt")).lte(now)),
                new Criteria().andOperator(where(CaseDocument.path("overdue")).is(false),
                        where(CaseDocument.path("deadline.dueAt")).lte(now)));
        Query query = Query.query(new Criteria().andOperator(awaiting, due))
                .with(Sort.by(CaseDocument.path("deadline.dueSoonAt"))).limit(BATCH);
        return cases.find(query)
                .concatMap(document -> mark(document, now))
                .count();
    }

    private Flux<CaseDocument> mark(CaseDocument document, Instant now) {
        Transition dueSoon = document.data().markDueSoon(now);
        Transition overdue = dueSoon.next().markOverdue(now);
        List<Record> events = new ArrayList<>(dueSoon.events());
        events.addAll(overdue.events());
        if (events.isEmpty()) {
            return Flux.empty();
        }
        return cases.save(document, new Transition(overdue.next(), events))
                .onErrorResume(OptimisticLockingFailureException.class, another -> {
                    log.debug("case {} was marked or changed by someone else meanwhile", document.id());
                    return Mono.empty();
                })
                .flux();
    }
}
