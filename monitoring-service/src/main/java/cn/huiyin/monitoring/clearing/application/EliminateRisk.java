package cn.huiyin.monitoring.clearing.application;

import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.errors.RuleViolation;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.monitoring.clearing.ClearingBlock;
import cn.huiyin.monitoring.clearing.ClearingRules;
import cn.huiyin.monitoring.households.application.MonitoringDecisions;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.model.HouseholdChange;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * 风险消除: the household's risk is eliminated when no clearing rule blocks it today ("七不消", the current level,
 * the reasons of identification); refused naming every rule that does. Checked and written on the same read, so a
 * signal arriving meanwhile makes the write retry against the new facts.
 */
public class EliminateRisk {

    private final RiskMonitor monitor;
    private final ClearingRules rules;
    private final RegionAccess access;

    public EliminateRisk(RiskMonitor monitor, ClearingRules rules, RegionAccess access) {
        this.monitor = monitor;
        this.rules = rules;
        this.access = access;
    }

    public Mono<MonitoredHousehold> eliminate(Client client, String householdId, String evidence) {
        MonitoringDecisions.requireDecider(client, "eliminates a household's risk");
        return monitor.read(householdId)
                .filter(known -> access.mayActOn(client, known.household().facts().regionCode()))
                .switchIfEmpty(Mono.error(() -> new NotFound("household " + householdId)))
                .then(monitor.act(householdId, known -> {
                    List<ClearingBlock> blocks = rules.blocks(known.household(),
                            monitor.assess(known.household(), known.signals()), monitor.today());
                    if (!blocks.isEmpty()) {
                        throw refused(blocks);
                    }
                    return known.household().eliminate(monitor.now(), "elimination:" + householdId);
                }, "RISK_ELIMINATION", householdId));
    }

    private static RuleViolation refused(List<ClearingBlock> blocks) {
        List<FieldError> errors = blocks.stream().map(b -> new FieldError(b.rule(), b.reason())).toList();
        return new RuleViolation("Risk cannot be eliminated yet",
                blocks.size() + " rule(s) block the elimination of this household's risk", errors);
    }
}
