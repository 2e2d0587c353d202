package cn.huiyin.monitoring.households.model;

import static cn.huiyin.events.RiskFactor.ACCIDENT;
import static cn.huiyin.events.RiskFactor.DISABILITY;
import static cn.huiyin.events.RiskFactor.HIGH_RIGID_EXPENDITURE;
import static cn.huiyin.events.RiskFactor.ILLNESS;
import static cn.huiyin.events.RiskFactor.INCOME_DROP;
import static cn.huiyin.events.RiskFactor.NO_SAFE_WATER;
import static cn.huiyin.events.RiskFactor.SCHOOLING;
import static cn.huiyin.events.RiskFactor.UNSAFE_HOUSING;
import static cn.huiyin.monitoring.households.risk.Plans.aFinishedPlanOf;
import static cn.huiyin.monitoring.households.risk.Plans.aPlanOf;
import static cn.huiyin.monitoring.households.risk.Plans.measure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 一户一策: a plan is rejected while an active factor has no measure addressing it. */
class PlanCoverageTest {

    @Test
    void aFactorWithoutAMeasureAddressingItIsUncovered() {
        AssistancePlan plan = aFinishedPlanOf(MeasureType.MEDICAL);

        assertThat(PlanCoverage.uncovered(plan, List.of(ILLNESS, UNSAFE_HOUSING))).containsExactly(UNSAFE_HOUSING);
        assertThat(PlanCoverage.covers(plan, List.of(ILLNESS, UNSAFE_HOUSING))).isFalse();
    }

    @Test
    void aPlanAddressingEveryActiveFactorLeavesNothingUncovered() {
        AssistancePlan plan = aFinishedPlanOf(MeasureType.MEDICAL, MeasureType.HOUSING, MeasureType.WATER);

        assertThat(PlanCoverage.uncovered(plan, List.of(ILLNESS, UNSAFE_HOUSING, NO_SAFE_WATER))).isEmpty();
        assertThat(PlanCoverage.covers(plan, List.of(ILLNESS, UNSAFE_HOUSING, NO_SAFE_WATER))).isTrue();
    }

    @Test
    void oneMeasureMayAddressSeveralFactors() {
        AssistancePlan allowance = aFinishedPlanOf(MeasureType.MINIMUM_LIVING_ALLOWANCE);

        assertThat(PlanCoverage.uncovered(allowance, List.of(INCOME_DROP, DISABILITY, ILLNESS, HIGH_RIGID_EXPENDITURE)))
                .isEmpty();
    }

    @Test
    void aMeasureNotYetFinishedStillAddressesItsFactors() {
        AssistancePlan plan = aPlanOf(measure(MeasureType.EDUCATION, Measure.Status.PLANNED));

        assertThat(PlanCoverage.uncovered(plan, List.of(SCHOOLING))).isEmpty();
    }

    @Test
    void anEmptyPlanOrOneOfOtherMeasuresLeavesEveryFactorUncoveredInTheirOrder() {
        assertThat(PlanCoverage.uncovered(aPlanOf(), List.of(NO_SAFE_WATER, ACCIDENT, ILLNESS)))
                .containsExactly(ILLNESS, ACCIDENT, NO_SAFE_WATER);
        assertThat(PlanCoverage.uncovered(aFinishedPlanOf(MeasureType.OTHER), List.of(ACCIDENT)))
                .containsExactly(ACCIDENT);
    }

    @Test
    void withoutActiveFactorsAnyPlanCovers() {
        assertThat(PlanCoverage.uncovered(aPlanOf(), List.of())).isEmpty();
    }
}
