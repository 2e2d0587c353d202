package cn.huiyin.monitoring.households.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.monitoring.households.model.HouseholdChange;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.model.StoredAssessment;
import cn.huiyin.monitoring.households.risk.RiskAssessment;
import cn.huiyin.monitoring.households.risk.RiskAssessor;
import cn.huiyin.monitoring.households.model.Signal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Runs an act of the {@link MonitoredHousehold} aggregate: reads the household and its signals, applies the act,
 * assesses the result (which may move its level or put it in the identification queue) and writes both with the
 * events they caused, retried on a concurrent write so that two signals for one household are both counted.
 */
public class RiskMonitor {

    public static final ZoneId ZONE = HotlineTime.ZONE;

    private final Households households;
    private final KnownSignals signals;
    private final RiskAssessor assessor;
    private final Clock clock;

    public RiskMonitor(Households households, KnownSignals signals, RiskAssessor assessor, Clock clock) {
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

    public RiskAssessor assessor() {
        return assessor;
    }

    public RiskAssessment assess(MonitoredHousehold household, List<Signal> known) {
        return assessor.assess(household.facts(), known, today());
    }

    /** The household with the signals known of it; empty when it is not registered. */
    public Mono<Known> read(String householdId) {
        return households.findById(householdId)
                .flatMap(read -> signals.ofHousehold(householdId).collectList().map(known -> new Known(read, known)));
    }

    /** A household and the signals known of it, as read together. */
    public record Known(MonitoredHousehold household, List<Signal> signals) {
    }

    /**
     * Applies {@code act} to the household, assesses the result and writes it; empty when the household is not
     * registered. The act may refuse (a domain refusal), which nothing is written for.
     */
    public Mono<MonitoredHousehold> act(String householdId, Function<Known, HouseholdChange> act, String signalType,
            String reference) {
        return Mono.defer(() -> read(householdId).flatMap(known -> {
                    HouseholdChange change = act.apply(known);
                    HouseholdChange assessed = change.then(next -> next.assessed(stored(assess(next, known.signals())),
                            signalType, reference, clock.instant()));
                    return households.save(known.household(), assessed.next(), assessed.events());
                }))
                .retryWhen(Retry.backoff(8, Duration.ofMillis(20))
                        .filter(OptimisticLockingFailureException.class::isInstance));
    }

    /** A household new to the register, assessed with the signals that were waiting for it. */
    public Mono<MonitoredHousehold> create(MonitoredHousehold fresh, String signalType, String reference) {
        return signals.ofHousehold(fresh.id()).collectList().flatMap(known -> {
            List<Signal> waiting = known;
            HouseholdChange signalled = new HouseholdChange(fresh, List.of());
            for (Signal signal : waiting) {
                signalled = signalled.then(h -> h.signalled(signal.receivedAt(), signal.source().name(),
                        signal.reference(), signal.factors()));
            }
            HouseholdChange assessed = signalled.then(next -> next.assessed(stored(assess(next, known)), signalType,
                    reference, clock.instant()));
            return households.insert(assessed.next(), assessed.events());
        });
    }

    public StoredAssessment stored(RiskAssessment assessment) {
        return new StoredAssessment(assessment.score(), assessment.level(), assessment.factors(),
                assessment.reasons(), clock.instant());
    }
}
