package cn.huiyin.monitoring.identification.application;

import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.events.MonitoringType;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.application.HouseholdFilter;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.application.MonitoringDecisions;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.model.PendingIdentification;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.SignalSource;
import cn.huiyin.monitoring.households.model.WarningKind;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * The identification queue (应纳尽纳): every registered household waiting for the county's decision — named by a
 * self-report or a department warning whatever its score, or assessed at MEDIUM or above, including households
 * whose risk had been eliminated — and the signs of risk that match no household yet, each with the days since its
 * first signal and flagged overdue past the limit (15 days by default). A decision closes a household's place.
 */
public class IdentificationQueue {

    static final int LIMIT = 1000;

    public record QueuedHousehold(String householdId, String regionCode, HouseholdStatus status, RiskLevel level,
            int score, List<RiskFactor> factors, String cause, Instant firstSignalAt, long days, boolean overdue) {
    }

    public record UnmatchedSignal(String signalId, SignalSource source, WarningKind warningKind, String regionCode,
            List<RiskFactor> factors, Instant receivedAt, long days, boolean overdue, String reference) {
    }

    public record Queue(List<QueuedHousehold> households, List<UnmatchedSignal> unmatched, long unmatchedTotal) {
    }

    /** 纳入监测 or 不予纳入, as the county decides it. */
    public record Decision(boolean identify, MonitoringType type, List<RiskFactor> reasons, String reason) {
    }

    private final Households households;
    private final SignalStore signals;
    private final RiskMonitor monitor;
    private final RegionAccess access;
    private final Duration limit;

    public IdentificationQueue(Households households, SignalStore signals, RiskMonitor monitor, RegionAccess access,
            Duration limit) {
        this.households = households;
        this.signals = signals;
        this.monitor = monitor;
        this.access = access;
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** The queue of the regions; with {@code overdueOnly}, only what waits longer than the limit. */
    public Mono<Queue> queue(Client client, List<String> regions, SignalSource source, boolean overdueOnly) {
        Instant now = monitor.now();
        Mono<List<QueuedHousehold>> queued = households.find(HouseholdFilter.in(regions).waitingForIdentification(),
                        Households.Order.WAITING_LONGEST, 0, LIMIT)
                .map(h -> queued(h, now))
                .filter(h -> !overdueOnly || h.overdue())
                .collectList();
        Mono<List<UnmatchedSignal>> unmatched = unmatched(client, source, LIMIT)
                .map(list -> list.stream().filter(s -> !overdueOnly || s.overdue()).toList());
        return Mono.zip(queued, unmatched, signals.countUnmatched())
                .map(t -> new Queue(t.getT1(), t.getT2(), t.getT3()));
    }

    /** Signs of risk that match no household yet, oldest first, within the client's regions. */
    public Mono<List<UnmatchedSignal>> unmatched(Client client, SignalSource source, int max) {
        Instant now = monitor.now();
        return signals.unmatched(source, max)
                .filter(s -> s.regionCode() == null || access.mayActOn(client, s.regionCode()))
                .map(s -> unmatchedOf(s, now)).collectList();
    }

    /** The county's decision on a household: taken into monitoring (or again), or not, with the reason. */
    public Mono<MonitoredHousehold> decide(Client client, String householdId, Decision decision) {
        MonitoringDecisions.requireDecider(client, "decides whether a household is taken into monitoring");
        return households.findById(householdId)
                .filter(h -> access.mayActOn(client, h.facts().regionCode()))
                .switchIfEmpty(Mono.error(() -> new NotFound("household " + householdId)))
                .then(monitor.act(householdId, known -> decision.identify()
                        ? known.household().identify(decision.type(), decision.reasons(), client.subject(),
                                monitor.now(), "identification:" + householdId)
                        : known.household().decline(decision.reason(), client.subject(), monitor.now()),
                        "IDENTIFICATION", householdId));
    }

    private QueuedHousehold queued(MonitoredHousehold h, Instant now) {
        PendingIdentification pending = h.pending();
        long days = ChronoUnit.DAYS.between(pending.since(), now);
        return new QueuedHousehold(h.id(), h.facts().regionCode(), h.status(), h.assessment().level(),
                h.assessment().score(), h.assessment().factors(), pending.cause(), pending.since(), days,
                days > limit.toDays());
    }

    private UnmatchedSignal unmatchedOf(Signal s, Instant now) {
        long days = ChronoUnit.DAYS.between(s.receivedAt(), now);
        return new UnmatchedSignal(s.signalId(), s.source(), s.warningKind(), s.regionCode(), s.factors(),
                s.receivedAt(), days, days > limit.toDays(), s.reference());
    }
}
