package cn.huiyin.monitoring.households.risk;

import static cn.huiyin.monitoring.households.risk.Households.TODAY;
import static cn.huiyin.monitoring.households.risk.Households.aSteadyFamily;
import static cn.huiyin.monitoring.households.risk.Households.income;
import static cn.huiyin.monitoring.households.risk.Households.pupil;
import static cn.huiyin.monitoring.households.risk.Households.seriouslyIll;
import static cn.huiyin.monitoring.households.risk.Signals.call;
import static cn.huiyin.monitoring.households.risk.Signals.warning;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.WarningKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The score is the sum of the points, capped at 100; the level follows from the configured bands. */
class ScoreAndLevelTest {

    private final Household unsafeHousingOnly = aSteadyFamily().housingUnsafe().build();

    @ParameterizedTest(name = "{0} points is {1}")
    @CsvSource({"0, NONE", "14, NONE", "15, LOW", "34, LOW", "35, MEDIUM", "59, MEDIUM", "60, HIGH", "100, HIGH"})
    void eachLevelStartsAtItsThreshold(int points, RiskLevel level) {
        RiskRules rules = RiskRules.defaults().withPoints(RiskFactor.UNSAFE_HOUSING, points);

        RiskAssessment assessment = new RiskAssessor(rules).assess(unsafeHousingOnly, List.of(), TODAY);

        assertThat(assessment.score()).isEqualTo(points);
        assertThat(assessment.level()).isEqualTo(level);
    }

    @Test
    void theScoreIsTheSumOfEveryFindingAndTheIncomeUnderTheLine() {
        Household household = aSteadyFamily().housingUnsafe().waterUnsafe()
                .incomes(income(2023, 6_900, null), income(2024, 7_000, null)).build();

        RiskAssessment assessment = new RiskAssessor(RiskRules.defaults()).assess(household, List.of(), TODAY);

        assertThat(assessment.score()).isEqualTo(20 + 15 + 40);
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void theScoreIsCappedAtOneHundredAndTheReasonsSaySo() {
        Household household = Households.aMonitoredFamily().housingUnsafe().waterUnsafe().build();

        RiskAssessment assessment = new RiskAssessor(RiskRules.defaults()).assess(household, List.of(), TODAY);

        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(assessment.reasons()).last().isEqualTo("合计125分，按上限计100分，高风险");
    }

    @Test
    void factorsComeInAStableOrderWhateverTheOrderOfTheSignals() {
        Household household = aSteadyFamily().with(seriouslyIll(50)).with(pupil(16, LocalDate.of(2028, 7, 1)))
                .expenditure(1_000, 6_000).build();
        List<Signal> signals = new ArrayList<>(List.of(
                call(RiskFactor.NO_SAFE_WATER, LocalDate.of(2025, 4, 1), "停水"),
                warning(WarningKind.EMERGENCY_MANAGEMENT, LocalDate.of(2025, 5, 1), 20_000.0, "洪涝"),
                warning(WarningKind.CIVIL_AFFAIRS, LocalDate.of(2025, 2, 1), null, "意外")));
        RiskAssessor assessor = new RiskAssessor(RiskRules.defaults());

        RiskAssessment first = assessor.assess(household, signals, TODAY);
        Collections.reverse(signals);
        RiskAssessment second = assessor.assess(household, signals, TODAY);

        assertThat(first.factors()).containsExactly(RiskFactor.ILLNESS, RiskFactor.SCHOOLING, RiskFactor.DISASTER,
                RiskFactor.ACCIDENT, RiskFactor.NO_SAFE_WATER);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyAssessmentNamesTheRulesThatMadeIt() {
        RiskRules d = RiskRules.defaults();
        RiskRules guizhou2024 = new RiskRules("guizhou-2024-2", d.points(), d.seriousIllnessPoints(),
                d.chronicIllnessPoints(), d.incomeBelowLinePoints(), d.medicalExpenditureYuan(),
                d.medicalShareOfIncome(), d.schoolingExpenditureYuan(), d.incomeDropShare(), d.rigidShareOfIncome(),
                d.lookBackDays(), d.levels(), d.monitoringLine());

        assertThat(new RiskAssessor(guizhou2024).assess(unsafeHousingOnly, List.of(), TODAY).rulesVersion())
                .isEqualTo("guizhou-2024-2");
        assertThat(new RiskAssessor(d).assess(unsafeHousingOnly, List.of(), TODAY).rulesVersion())
                .isEqualTo("default-1");
    }

    @Test
    void everyReasonIsAFindingInWordsFollowedByTheTotal() {
        RiskAssessment assessment = new RiskAssessor(RiskRules.defaults())
                .assess(aSteadyFamily().housingUnsafe().waterUnsafe().build(), List.of(), TODAY);

        assertThat(assessment.reasons()).containsExactly(
                "人均纯收入9100元，不低于2024年监测线7300元",
                "住房不安全（+20分）：住房安全未保障",
                "饮水不安全（+15分）：饮水安全未保障",
                "合计35分，中风险");
    }
}
