package cn.huiyin.monitoring.households.application;

import cn.huiyin.events.HotlineTime;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.dao.OptimisticLockingFailureException;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Scores a household after anything that may change its risk and publishes {@code household-risk}
 * when the level changes: RISK_IDENTIFIED from NONE, LEVEL_CHANGED otherwise; RISK_CLEARED only when
 * the risk is eliminated by the clearing rules. The level compared against is the stored one.
 */
public class RiskMonitor {

    public static final ZoneId ZONE = HotlineTime.ZONE;

    private final HouseholdStore households;
    private final SignalStore signals;
    private final RiskAssessor assessor;
    private final Clock clock;

    public RiskMonitor(HouseholdStore households, SignalStore signals, RiskAssessor assessor, Clock clock) {
        this.households = households;
        this.signals = signals;
        this.assessor = assessor;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    public RiskAssessment assess(HouseholdDocument document, List<Signal> known) {
        return assessor.assess(document.data(), known, today());
    }

    /**
     * Applies a change to a household, rescores it and writes both, with an event when the level
     * moved; retried on a concurrent write, so two signals for one household are both counted.
     */
    public Mono<HouseholdDocument> update(String householdId, UnaryOperator<HouseholdDocument> change,
            String signalType, String reference) {
        return Mono.defer(() -> households.findById(householdId)
                        .flatMap(read -> signals.ofHousehold(householdId).collectList()
                                .flatMap(known -> write(read, change.apply(read), known, signalType, reference))))
                .retryWhen(Retry.backoff(8, Duration.ofMillis(20))
                        .filter(OptimisticLockingFailureException.class::isInstance));
    }

    /** A household new to the register, scored with the signals that were waiting for it. */
    public Mono<HouseholdDocument> create(HouseholdDocument fresh, String signalType, String reference) {
        return signals.ofHousehold(fresh.id()).collectList().flatMap(known -> {
            RiskAssessment assessment = assessor.assess(fresh.data(), known, today());
            Instant now = clock.instant();
            StoredAssessment stored = new StoredAssessment(assessment.score(), assessment.level(),
                    assessment.factors(), assessment.reasons(), now);
            HouseholdDocument next = fresh.with(stored);
            List<HouseholdRiskChanged> events = assessment.level() == RiskLevel.NONE ? List.of()
                    : List.of(event(next, RiskChange.RISK_IDENTIFIED, RiskLevel.NONE, stored, signalType, reference,
                            now));
            return households.insert(next, events);
        });
    }

    /** Publishes the elimination of a household's risk (风险消除), which only the clearing rules allow. */
    public Mono<HouseholdDocument> clear(HouseholdDocument read, HouseholdDocument cleared, String reference) {
        Instant now = clock.instant();
        StoredAssessment none = new StoredAssessment(0, RiskLevel.NONE, List.of(), List.of("风险已消除"), now);
        HouseholdDocument next = cleared.with(none);
        RiskLevel before = read.assessment() == null ? RiskLevel.NONE : read.assessment().level();
        HouseholdRiskChanged event = event(next, RiskChange.RISK_CLEARED, before, none, "RISK_ELIMINATION",
                reference, now);
        return households.save(read, next, List.of(event));
    }

    Mono<HouseholdDocument> write(HouseholdDocument read, HouseholdDocument changed, List<Signal> known,
            String signalType, String reference) {
        RiskAssessment assessment = assessor.assess(changed.data(), known, today());
        Instant now = clock.instant();
        StoredAssessment stored = new StoredAssessment(assessment.score(), assessment.level(), assessment.factors(),
                assessment.reasons(), now);
        List<HouseholdRiskChanged> events = new ArrayList<>();
        RiskLevel before = read.assessment() == null ? RiskLevel.NONE : read.assessment().level();
        if (before != assessment.level()) {
            RiskChange change = before == RiskLevel.NONE ? RiskChange.RISK_IDENTIFIED : RiskChange.LEVEL_CHANGED;
            events.add(event(changed, change, before, stored, signalType, reference, now));
        }
        HouseholdDocument next = changed.with(stored);
        return households.save(read, next, events);
    }

    static HouseholdRiskChanged event(HouseholdDocument household, RiskChange change, RiskLevel before,
            StoredAssessment now, String signalType, String reference, Instant at) {
        return new HouseholdRiskChanged(household.id(), change, household.data().regionCode(),
                household.data().countyCode(), change == RiskChange.RISK_IDENTIFIED ? RiskLevel.NONE : before,
                now.level(),
                now.score(), now.factors(), household.data().monitoringType(),
                new HouseholdRiskChanged.Trigger(signalType, reference), at, firstSignal(household, change, at));
    }

    /** Reports count late identifications from it; only an identification has a first signal to speak of. */
    private static Instant firstSignal(HouseholdDocument household, RiskChange change, Instant at) {
        Instant first = household.firstSignalAt();
        return change == RiskChange.RISK_IDENTIFIED && first != null && !first.isAfter(at) ? first : null;
    }
}
