package cn.huiyin.monitoring.plans.application;

import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.errors.RuleViolation;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.model.AssistancePlan;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.model.PlanCoverage;

import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * 一户一策: a household adopts an assistance plan, refused while an active risk factor has no measure that addresses
 * it (each such factor named). Checked against the household's risk as assessed on the same read it is written on.
 */
public class AdoptPlan {

    private final RiskMonitor monitor;
    private final RegionAccess access;

    public AdoptPlan(RiskMonitor monitor, RegionAccess access) {
        this.monitor = monitor;
        this.access = access;
    }

    public Mono<MonitoredHousehold> adopt(Client client, String householdId, AssistancePlan plan) {
        return monitor.read(householdId)
                .filter(known -> access.mayActOn(client, known.household().facts().regionCode()))
                .switchIfEmpty(Mono.error(() -> new NotFound("household " + householdId)))
                .then(monitor.act(householdId, known -> {
                    List<RiskFactor> active = monitor.assess(known.household(), known.signals()).factors();
                    Set<RiskFactor> uncovered = PlanCoverage.uncovered(plan, active);
                    if (!uncovered.isEmpty()) {
                        throw uncovered(uncovered);
                    }
                    return known.household().adopt(plan);
                }, "PLAN", householdId));
    }

    private static RuleViolation uncovered(Set<RiskFactor> uncovered) {
        List<FieldError> errors = uncovered.stream()
                .map(f -> new FieldError("measures", "no measure addresses the active risk " + f + " (" + f.label()
                        + ")"))
                .toList();
        return new RuleViolation("Plan does not cover every risk",
                "every active risk factor needs a measure that addresses it", errors);
    }
}
