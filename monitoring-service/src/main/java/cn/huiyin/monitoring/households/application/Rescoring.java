package cn.huiyin.monitoring.households.application;

import cn.huiyin.monitoring.households.model.HouseholdChange;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.infrastructure.RescoringRuns;
import cn.huiyin.monitoring.households.model.StoredAssessment;
import cn.huiyin.monitoring.households.risk.RiskAssessment;
import cn.huiyin.monitoring.households.risk.RiskAssessor;
import cn.huiyin.monitoring.households.model.Signal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

/**
 * Rescores every household after the rules or a monitoring line changed, in one pass: one cursor
 * over the household ids in {@code _id} order, cut into pages; each page's households (by id) and signals are
 * read together, the changed assessments go out in one bulk write, each conditional on the version read.
 * A household written meanwhile is skipped (it was just rescored by that write). Level changes
 * publish {@code household-risk}, carried by the outbox like any other change.
 *
 * <p>A run is resumable: after each page its last id and counts go into the run's progress document
 * ({@link RescoringRuns}); a run that did not finish (a crash, a restart, a call limited to some pages) is
 * continued by the next call, or at start, after that id. A page written but not yet recorded is read again
 * and finds its households current, so none is rescored twice.
 *
 * <p>Walking pages with {@code _id > last} read the collection once per page on the embedded wire
 * server (it has no range scans), so 1,000,000 households took a thousand full reads; the id cursor
 * is read once, on MongoDB from the {@code _id} index alone.
 */
public class Rescoring {

    /**
     * What a call did: the counts are the run's (pages of earlier calls included, {@code resumedAfter} households
     * of them), the time this call's; {@code finished} false when the call stopped at its page limit.
     */
    public record Result(long households, long rescored, long levelChanged, long skipped, Duration took,
            long resumedAfter, boolean finished) {

        public double perSecond() {
            long walked = households - resumedAfter;
            return took.isZero() ? walked : walked * 1000.0 / Math.max(1, took.toMillis());
        }
    }

    private final Households households;
    private final KnownSignals signals;
    private final RescoringRuns runs;
    private final RiskAssessor assessor;
    private final Clock clock;
    private final int pageSize;
    /** The run in progress in this instance: a second call waits for it instead of walking beside it. */
    private final AtomicReference<Mono<Result>> current = new AtomicReference<>();

    public Rescoring(Households households, KnownSignals signals, RescoringRuns runs,
            RiskAssessor assessor, Clock clock, int pageSize) {
        this.households = households;
        this.signals = signals;
        this.runs = runs;
        this.assessor = assessor;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Whether this instance is walking the households now. */
    public boolean running() {
        return current.get() != null;
    }

    public Mono<Result> rescoreAll() {
        return rescoreAll(pageSize);
    }

    /** @param pageSize households read, assessed and written together */
    public Mono<Result> rescoreAll(int pageSize) {
        return rescoreAll(pageSize, Long.MAX_VALUE);
    }

    /** Continues the unfinished run, if there is one. */
    public Mono<Result> resumeUnfinished() {
        return runs.unfinished().flatMap(run -> rescoreAll());
    }

    /**
     * @param pageSize households read, assessed and written together
     * @param maxPages pages to write in this call; the run stays unfinished if more remain
     */
    public Mono<Result> rescoreAll(int pageSize, long maxPages) {
        return Mono.defer(() -> {
            Mono<Result> running = current.get();
            if (running != null) {
                return running;
            }
            Mono<Result> run = run(pageSize, maxPages).doFinally(signal -> current.set(null)).cache();
            return current.compareAndSet(null, run) ? run : rescoreAll(pageSize, maxPages);
        });
    }

    private Mono<Result> run(int pageSize, long maxPages) {
        Instant started = clock.instant();
        LocalDate today = started.atZone(RiskMonitor.ZONE).toLocalDate();
        return runs.unfinished().switchIfEmpty(Mono.defer(() -> runs.start(started)))
                .flatMap(run -> households.idsAfter(run.lastId())
                        .buffer(pageSize)
                        .take(maxPages)
                        // prefetch 1: the next page is read while this one is assessed and written, no more
                        .concatMap(this::page, 1)
                        .concatMap(page -> rescore(page.households(), page.signals(), today)
                                .flatMap(counts -> runs.pageDone(run.id(), page.lastId(), counts[0], counts[1],
                                        counts[2], counts[3]).thenReturn(counts)), 1)
                        .count()
                        .flatMap(pages -> pages < maxPages ? runs.finish(run.id(), clock.instant())
                                : runs.find(run.id()))
                        .map(done -> new Result(done.households(), done.rescored(), done.levelChanged(),
                                done.skipped(), Duration.between(started, clock.instant()), run.households(),
                                done.finishedAt() != null)));
    }

    private record Page(List<MonitoredHousehold> households, List<Signal> signals, String lastId) {
    }

    private Mono<Page> page(List<String> ids) {
        return Mono.zip(households.findAll(ids).collectList(), signals.ofHouseholds(ids).collectList(),
                (found, known) -> new Page(found, known, ids.get(ids.size() - 1)));
    }

    /** Counts: households, rescored, level changed, skipped. */
    private Mono<long[]> rescore(List<MonitoredHousehold> page, List<Signal> known, LocalDate today) {
        return Mono.defer(() -> {
            Map<String, List<Signal>> byHousehold = known.stream().collect(Collectors.groupingBy(Signal::householdId));
            List<Households.Reassessment> changes = new ArrayList<>();
            long changed = 0;
            Instant now = clock.instant();
            for (MonitoredHousehold household : page) {
                RiskAssessment assessment = assessor.assess(household.facts(),
                        byHousehold.getOrDefault(household.id(), List.of()), today);
                StoredAssessment before = household.assessment();
                if (before.score() == assessment.score() && before.level() == assessment.level()
                        && before.factors().equals(assessment.factors())) {
                    continue;
                }
                StoredAssessment after = new StoredAssessment(assessment.score(), assessment.level(),
                        assessment.factors(), assessment.reasons(), now);
                HouseholdChange change = household.assessed(after, "RULES_CHANGED", assessor.rules().version(), now);
                if (before.level() != after.level()) {
                    changed++;
                }
                changes.add(new Households.Reassessment(household, change.next(), change.events()));
            }
            long households = page.size();
            long rescored = changes.size();
            long changedCount = changed;
            if (changes.isEmpty()) {
                return Mono.just(new long[] {households, 0, 0, 0});
            }
            return this.households.saveAll(changes).map(modified -> new long[] {households, modified, changedCount,
                    rescored - modified});
        });
    }
}
