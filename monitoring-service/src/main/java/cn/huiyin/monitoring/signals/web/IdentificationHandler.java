package cn.huiyin.monitoring.signals.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.infrastructure.HouseholdDocument;
import cn.huiyin.monitoring.households.infrastructure.HouseholdStore;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.web.Scopes;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.monitoring.signals.model.Signal;
import cn.huiyin.monitoring.signals.model.SignalSource;
import cn.huiyin.monitoring.signals.model.WarningKind;
import cn.huiyin.regions.RegionRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * The identification queue (应纳尽纳): households assessed MEDIUM or HIGH that are not yet monitored,
 * and signs of risk that match no household, each with the days since its first signal and flagged
 * overdue past the identification limit (15 days by default).
 */
public class IdentificationHandler {

    public record QueuedHousehold(String householdId, String regionCode, RiskLevel level, int score,
            List<RiskFactor> factors, Instant firstSignalAt, long days, boolean overdue) {
    }

    public record UnmatchedSignal(String signalId, SignalSource source, WarningKind warningKind, String regionCode,
            List<RiskFactor> factors, Instant receivedAt, long days, boolean overdue, String reference) {
    }

    public record Queue(List<QueuedHousehold> households, List<UnmatchedSignal> unmatched, long unmatchedTotal) {
    }

    private final HouseholdStore households;
    private final SignalStore signals;
    private final RiskMonitor monitor;
    private final RegionAccess access;
    private final RegionRegistry regions;
    private final Duration limit;

    public IdentificationHandler(HouseholdStore households, SignalStore signals, RiskMonitor monitor,
            RegionAccess access, RegionRegistry regions, Duration limit) {
        this.households = households;
        this.signals = signals;
        this.monitor = monitor;
        this.access = access;
        this.regions = regions;
        this.limit = limit;
    }

    public Mono<ServerResponse> queue(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            Criteria scope = Scopes.of(request.queryParam("region").orElse(null), client, access, regions, errors);
            errors.throwIfAny();
            Instant now = monitor.now();
            Query waiting = Query.query(new Criteria().andOperator(scope,
                    where("assessment.level").in(RiskLevel.MEDIUM.name(), RiskLevel.HIGH.name()),
                    where(HouseholdDocument.path("status")).ne(HouseholdStatus.MONITORED.name())))
                    .with(Sort.by("firstSignalAt")).limit(1000);
            Mono<List<QueuedHousehold>> queued = households.find(waiting).map(d -> {
                Instant first = d.firstSignalAt() != null ? d.firstSignalAt() : d.assessment().assessedAt();
                long days = first == null ? 0 : ChronoUnit.DAYS.between(first, now);
                return new QueuedHousehold(d.id(), d.data().regionCode(), d.assessment().level(),
                        d.assessment().score(), d.assessment().factors(), first, days, days > limit.toDays());
            }).collectList();
            SignalSource source = request.queryParam("source").map(v -> {
                try {
                    return SignalSource.valueOf(v);
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("source", "must be one of " + Arrays.toString(
                            SignalSource.values()));
                }
            }).orElse(null);
            Mono<List<UnmatchedSignal>> unmatched = signals.unmatched(source, 1000)
                    .filter(s -> s.regionCode() == null || access.mayActOn(client, s.regionCode()))
                    .map(s -> unmatchedOf(s, now)).collectList();
            return Mono.zip(queued, unmatched, signals.countUnmatched())
                    .flatMap(t -> ServerResponse.ok().bodyValue(new Queue(t.getT1(), t.getT2(), t.getT3())));
        });
    }

    /** {@code GET /api/v1/warnings/unmatched}: department warnings that found no household yet. */
    public Mono<ServerResponse> unmatchedWarnings(ServerRequest request) {
        return access.currentClient().flatMap(client -> signals.unmatched(SignalSource.DEPARTMENT_WARNING, 5000)
                .filter(s -> s.regionCode() == null || access.mayActOn(client, s.regionCode()))
                .map(s -> unmatchedOf(s, monitor.now())).collectList()
                .flatMap(list -> ServerResponse.ok().bodyValue(list)));
    }

    private UnmatchedSignal unmatchedOf(Signal s, Instant now) {
        long days = ChronoUnit.DAYS.between(s.receivedAt(), now);
        return new UnmatchedSignal(s.signalId(), s.source(), s.warningKind(), s.regionCode(), s.factors(),
                s.receivedAt(), days, days > limit.toDays(), s.reference());
    }

}
