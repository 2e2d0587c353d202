package cn.huiyin.monitoring.quality.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.application.HouseholdFilter;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.web.Scopes;
import cn.huiyin.monitoring.quality.DataQualityChecks;
import cn.huiyin.monitoring.quality.QualityIssue;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.monitoring.signals.model.Signal;
import cn.huiyin.monitoring.signals.model.SignalSource;
import cn.huiyin.regions.RegionRegistry;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/data-quality?region=&page=&size=} (四个一致): the households of a page whose
 * figures contradict themselves, a department's warning or their own assessment, with the reason.
 */
public class DataQualityHandler {

    public record QualityPage(List<QualityIssue> issues, int page, int size, int householdsChecked) {
    }

    private final Households households;
    private final SignalStore signals;
    private final RiskMonitor monitor;
    private final DataQualityChecks checks;
    private final RegionAccess access;
    private final RegionRegistry regions;

    public DataQualityHandler(Households households, SignalStore signals, RiskMonitor monitor,
            DataQualityChecks checks, RegionAccess access, RegionRegistry regions) {
        this.households = households;
        this.signals = signals;
        this.monitor = monitor;
        this.checks = checks;
        this.access = access;
        this.regions = regions;
    }

    public Mono<ServerResponse> issues(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            List<String> scope = Scopes.of(request.queryParam("region").orElse(null), client, access, regions, errors);
            int size = QueryParams.number(request, "size", 500, 1, 5000, errors);
            int page = QueryParams.page(request, size, errors);
            errors.throwIfAny();
            return households.find(HouseholdFilter.in(scope), Households.Order.ID, (long) page * size, size)
                    .collectList()
                    .flatMap(page1 -> signals.ofHouseholds(page1.stream().map(MonitoredHousehold::id).toList())
                            .collectList()
                            .map(all -> {
                                Map<String, List<Signal>> byHousehold = all.stream()
                                        .collect(Collectors.groupingBy(Signal::householdId));
                                List<QualityIssue> issues = page1.stream().flatMap(d -> {
                                    List<Signal> known = byHousehold.getOrDefault(d.id(), List.of());
                                    List<Signal> warnings = known.stream()
                                            .filter(s -> s.source() == SignalSource.DEPARTMENT_WARNING).toList();
                                    return checks.check(d.facts(), warnings, monitor.assess(d, known)).stream();
                                }).toList();
                                return new QualityPage(issues, page, size, page1.size());
                            }))
                    .flatMap(result -> ServerResponse.ok().bodyValue(result));
        });
    }
}
