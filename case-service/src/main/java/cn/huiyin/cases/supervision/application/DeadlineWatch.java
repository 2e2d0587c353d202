package cn.huiyin.cases.supervision.application;

import cn.huiyin.cases.cases.application.Cases;
import cn.huiyin.cases.cases.application.StoredCase;
import cn.huiyin.cases.cases.model.Transition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

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

    private final Cases cases;
    private final Clock clock;

    public DeadlineWatch(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** One pass; returns how many cases this instance marked. */
    public Mono<Long> run() {
        Instant now = clock.instant();
        return cases.awaitingDeadlineMarks(now, BATCH)
                .concatMap(stored -> mark(stored, now))
                .count();
    }

    private Flux<StoredCase> mark(StoredCase stored, Instant now) {
        Transition dueSoon = stored.data().markDueSoon(now);
        Transition overdue = dueSoon.next().markOverdue(now);
        List<Record> events = new ArrayList<>(dueSoon.events());
        events.addAll(overdue.events());
        if (events.isEmpty()) {
            return Flux.empty();
        }
        return cases.save(stored, new Transition(overdue.next(), events))
                .onErrorResume(OptimisticLockingFailureException.class, another -> {
                    log.debug("case {} was marked or changed by someone else meanwhile", stored.id());
                    return Mono.empty();
                })
                .flux();
    }
}
