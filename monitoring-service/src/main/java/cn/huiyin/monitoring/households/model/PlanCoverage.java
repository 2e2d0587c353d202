package cn.huiyin.monitoring.households.model;

import cn.huiyin.events.RiskFactor;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * 一户一策: a plan must address every active risk factor with at least one measure (finished or not), as each
 * {@link MeasureType} says which factors it addresses. A plan is rejected while a factor is left uncovered.
 */
public final class PlanCoverage {

    private PlanCoverage() {
    }

    /** The active factors no measure of the plan addresses, in the order of {@link RiskFactor}; empty when covered. */
    public static Set<RiskFactor> uncovered(AssistancePlan plan, Collection<RiskFactor> activeFactors) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(activeFactors, "activeFactors");
        Set<RiskFactor> uncovered = EnumSet.noneOf(RiskFactor.class);
        uncovered.addAll(activeFactors);
        plan.measures().forEach(measure -> uncovered.removeAll(measure.type().addresses()));
        return Collections.unmodifiableSet(uncovered);
    }

    public static boolean covers(AssistancePlan plan, Collection<RiskFactor> activeFactors) {
        return uncovered(plan, activeFactors).isEmpty();
    }
}
