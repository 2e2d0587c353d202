package cn.huiyin.monitoring.households.application;

import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.events.RiskChange;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.infrastructure.HouseholdDocument;
import cn.huiyin.monitoring.households.infrastructure.HouseholdStore;
import cn.huiyin.monitoring.households.infrastructure.StoredAssessment;
import cn.huiyin.monitoring.risk.RiskAssessment;
import cn.huiyin.monitoring.risk.RiskAssessor;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.monitoring.signals.model.Signal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;


import reactor.core.publisher.Mono;

/**
 * Rescores every household after the rules or a monitoring line changed, in one pass: one cursor
 * over the household ids, cut into pages; each page's households (by id) and signals are read
 * together, the changed assessments go out in one bulk write, each conditional on the version read.
 * A household written meanwhile is skipped (it was just rescored by that write). Level changes
 * publish {@code household-risk}, carried by the outbox like any other change.
 *
 * <p>Walking pages with {@code _id > last} read the collection once per page on the embedded wire
 * server (it has no range scans), so 1,000,000 households took a thousand full reads; the id cursor
 * is read once, on MongoDB from the {@code _id} index alone.
 */
public class Rescoring {

    public record Result(long households, long rescored, long levelChanged, long skipped, Duration took) {

        public double perSecond() {
            return took.isZero() ? households : households * 1000.0 / Math.max(1, took.toMillis());
        }
    }

    private final HouseholdStore households;
    private final SignalStore signals;
    private final RiskAssessor assessor;
    private final Clock clock;
    private final int pageSize;

    public Rescoring(HouseholdStore households, SignalStore signals,
            RiskAssessor assessor, Clock clock, int pageSize) {
        this.households = households;
        this.signals = signals;
        this.assessor = assessor;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    public Mono<Result> rescoreAll() {
        return rescoreAll(pageSize);
    }

    /** @param pageSize households read, assessed and written together */
    public Mono<Result> rescoreAll(int pageSize) {
        Instant started = clock.instant();
        LocalDate today = started.atZone(RiskMonitor.ZONE).toLocalDate();
        long[] totals = new long[4];
        return households.ids()
                .buffer(pageSize)
                // prefetch 1: the next page is read while this one is assessed and written, no more
                .concatMap(this::page, 1)
                .concatMap(page -> rescore(page.households(), page.signals(), today), 1)
                .doOnNext(counts -> {
                    for (int i = 0; i < 4; i++) {
                        totals[i] += counts[i];
                    }
                })
                .then(Mono.fromSupplier(() -> new Result(totals[0], totals[1], totals[2], totals[3],
                        Duration.between(started, clock.instant()))));
    }

    private record Page(List<HouseholdDocument> households, List<Signal> signals) {
    }

    private Mono<Page> page(List<String> ids) {
        return Mono.zip(households.findAll(ids).collectList(), signals.ofHouseholds(ids).collectList(), Page::new);
    }

    /** Counts: households, rescored, level changed, skipped. */
    private Mono<long[]> rescore(List<HouseholdDocument> page, List<Signal> known, LocalDate today) {
        return Mono.defer(() -> {
            Map<String, List<Signal>> byHousehold = known.stream().collect(Collectors.groupingBy(Signal::householdId));
            List<HouseholdStore.Reassessment> changes = new ArrayList<>();
            long changed = 0;
            Instant now = clock.instant();
            for (HouseholdDocument household : page) {
                RiskAssessment assessment = assessor.assess(household.data(),
                        byHousehold.getOrDefault(household.id(), List.of()), today);
                StoredAssessment before = household.assessment() == null ? StoredAssessment.NONE
                        : household.assessment();
                if (before.score() == assessment.score() && before.level() == assessment.level()
                        && before.factors().equals(assessment.factors())) {
                    continue;
                }
                StoredAssessment after = new StoredAssessment(assessment.score(), assessment.level(),
                        assessment.factors(), assessment.reasons(), now);
                List<HouseholdRiskChanged> events = List.of();
                if (before.level() != after.level()) {
                    RiskChange change = before.level() == RiskLevel.NONE ? RiskChange.RISK_IDENTIFIED
                            : RiskChange.LEVEL_CHANGED;
                    events = List.of(RiskMonitor.event(household, change, before.level(), after, "RULES_CHANGED",
                            assessor.rules().version(), now));
                    changed++;
                }
                changes.add(new HouseholdStore.Reassessment(household.id(), household.version(), after, events));
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
