package cn.huiyin.monitoring.quality.application;

import cn.huiyin.monitoring.households.application.HouseholdFilter;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.application.KnownSignals;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.quality.DataQualityChecks;
import cn.huiyin.monitoring.quality.QualityIssue;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.SignalSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

/**
 * 四个一致: one page of a region's households checked against themselves, the departments' warnings and their own
 * assessment — two reads per page, whatever its size.
 */
public class QualityReview {

    public record QualityPage(List<QualityIssue> issues, int page, int size, int householdsChecked) {
    }

    private final Households households;
    private final KnownSignals signals;
    private final RiskMonitor monitor;
    private final DataQualityChecks checks;

    public QualityReview(Households households, KnownSignals signals, RiskMonitor monitor, DataQualityChecks checks) {
        this.households = households;
        this.signals = signals;
        this.monitor = monitor;
        this.checks = checks;
    }

    public Mono<QualityPage> issues(List<String> regions, int page, int size) {
        return households.find(HouseholdFilter.in(regions), Households.Order.ID, (long) page * size, size)
                .collectList()
                .flatMap(found -> signals.ofHouseholds(found.stream().map(MonitoredHousehold::id).toList())
                        .collectList()
                        .map(all -> {
                            Map<String, List<Signal>> byHousehold = all.stream()
                                    .collect(Collectors.groupingBy(Signal::householdId));
                            List<QualityIssue> issues = found.stream().flatMap(h -> {
                                List<Signal> known = byHousehold.getOrDefault(h.id(), List.of());
                                List<Signal> warnings = known.stream()
                                        .filter(s -> s.source() == SignalSource.DEPARTMENT_WARNING).toList();
                                return checks.check(h.facts(), warnings, monitor.assess(h, known)).stream();
                            }).toList();
                            return new QualityPage(issues, page, size, found.size());
                        }));
    }
}
