package cn.huiyin.monitoring.quality;

import static cn.huiyin.monitoring.quality.QualityIssue.INCOME_CONTRADICTS_WARNING;
import static cn.huiyin.monitoring.quality.QualityIssue.INCOME_COPIED;
import static cn.huiyin.monitoring.quality.QualityIssue.STATUS_CONTRADICTS_ASSESSMENT;
import static cn.huiyin.monitoring.households.risk.Households.TODAY;
import static cn.huiyin.monitoring.households.risk.Households.aSteadyFamily;
import static cn.huiyin.monitoring.households.risk.Signals.warning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.YearlyIncome;
import cn.huiyin.monitoring.households.risk.Households;
import cn.huiyin.monitoring.households.risk.RiskAssessment;
import cn.huiyin.monitoring.households.risk.RiskAssessor;
import cn.huiyin.monitoring.households.risk.RiskRules;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.WarningKind;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 四个一致: copied incomes, incomes that contradict a warning, statuses that contradict the assessment. */
class DataQualityChecksTest {

    private final DataQualityChecks checks = new DataQualityChecks();
    private final RiskAssessor assessor = new RiskAssessor(RiskRules.defaults());

    private static YearlyIncome income(int year, double wages, double production) {
        return new YearlyIncome(year, (wages + production + 2_000) / 4, wages, production, 2_000, 0,
                LocalDate.of(year, 12, 10));
    }

    private List<QualityIssue> check(Household household, Signal... warnings) {
        return checks.check(household, List.of(warnings), assessor.assess(household, List.of(), TODAY));
    }

    @Test
    void aConsistentHouseholdHasNoIssue() {
        assertThat(check(Households.aSteadyFamilyFromWeining())).isEmpty();
    }

    @Test
    void incomeItemsIdenticalToThePreviousYearsAreFlaggedAsCopied() {
        Household household = aSteadyFamily().incomes(income(2023, 24_000, 8_000), income(2024, 24_000, 8_000))
                .build();

        assertThat(check(household)).containsExactly(new QualityIssue("hh-weining-001", INCOME_COPIED,
                "2024年收入各项（工资性24000元、生产经营性8000元、转移性2000元、财产性0元）与2023年完全相同，疑似照抄上年数据"));
    }

    @Test
    void incomeItemsThatChangedAreNotFlagged() {
        Household household = aSteadyFamily().incomes(income(2023, 24_000, 8_000), income(2024, 24_000, 8_100))
                .build();

        assertThat(check(household)).isEmpty();
    }

    @Test
    void aJobLossWarningInAYearWhoseWagesDidNotFallIsAContradiction() {
        Household household = aSteadyFamily().incomes(income(2023, 24_000, 8_000), income(2024, 25_000, 8_000))
                .build();

        assertThat(check(household, warning(WarningKind.HUMAN_RESOURCES, LocalDate.of(2024, 5, 10), 3_000.0, "失业")))
                .containsExactly(new QualityIssue("hh-weining-001", INCOME_CONTRADICTS_WARNING,
                        "人社部门2024-05-10预警（金额3000元）失业减收，但2024年工资性收入25000元不低于2023年的24000元"));
    }

    @Test
    void unchangedWagesContradictAJobLossToo() {
        Household household = aSteadyFamily().incomes(income(2023, 24_000, 8_000), income(2024, 24_000, 7_000))
                .build();

        assertThat(check(household, warning(WarningKind.HUMAN_RESOURCES, LocalDate.of(2024, 5, 10), null, "失业")))
                .extracting(QualityIssue::reason)
                .containsExactly("人社部门2024-05-10预警失业减收，但2024年工资性收入24000元不低于2023年的24000元");
    }

    @Test
    void aJobLossWarningMatchedByFallingWagesIsConsistent() {
        Household household = aSteadyFamily().incomes(income(2023, 24_000, 8_000), income(2024, 15_000, 8_000))
                .build();

        assertThat(check(household, warning(WarningKind.HUMAN_RESOURCES, LocalDate.of(2024, 5, 10), 3_000.0, "失业")))
                .isEmpty();
    }

    @Test
    void aDisasterWarningInAYearWhoseProductionIncomeRoseIsAContradiction() {
        Household household = aSteadyFamily().incomes(income(2023, 24_000, 8_000), income(2024, 24_500, 9_000))
                .build();

        assertThat(check(household,
                warning(WarningKind.EMERGENCY_MANAGEMENT, LocalDate.of(2024, 7, 12), 30_000.0, "冰雹毁坏烤烟")))
                .extracting(QualityIssue::rule, QualityIssue::reason)
                .containsExactly(tuple(INCOME_CONTRADICTS_WARNING,
                        "应急管理部门2024-07-12预警（金额30000元）受灾损失，但2024年生产经营性收入9000元高于2023年的8000元"));
    }

    @Test
    void aDisasterWarningMatchedByLowerProductionIncomeIsConsistent() {
        Household household = aSteadyFamily().incomes(income(2023, 24_000, 8_000), income(2024, 24_500, 5_000))
                .build();

        assertThat(check(household,
                warning(WarningKind.EMERGENCY_MANAGEMENT, LocalDate.of(2024, 7, 12), 30_000.0, "冰雹"))).isEmpty();
    }

    @Test
    void aWarningInAYearWithoutRecordedIncomeOrOfAnotherKindContradictsNothing() {
        Household household = aSteadyFamily().incomes(income(2023, 24_000, 8_000), income(2024, 25_000, 9_000))
                .build();

        assertThat(check(household,
                warning(WarningKind.HUMAN_RESOURCES, LocalDate.of(2025, 3, 1), null, "失业"),
                warning(WarningKind.MEDICAL_INSURANCE, LocalDate.of(2024, 3, 1), 8_000.0, "住院"))).isEmpty();
    }

    @Test
    void aMonitoredHouseholdAssessedAtNoRiskIsFlagged() {
        Household household = Households.aFamilyReadyToClear().build();

        assertThat(check(household)).containsExactly(new QualityIssue("hh-weining-001", STATUS_CONTRADICTS_ASSESSMENT,
                "状态为监测对象，但风险评估为无风险（0分），应核实是否符合风险消除条件"));
    }

    @Test
    void aClearedHouseholdAssessedAtHighRiskIsFlaggedWithItsReasons() {
        Household household = Households.aMonitoredFamily().status(HouseholdStatus.RISK_CLEARED).build();

        assertThat(check(household)).containsExactly(new QualityIssue("hh-weining-001", STATUS_CONTRADICTS_ASSESSMENT,
                "状态为风险已消除，但风险评估为高风险（90分：收入低于监测线、因病、刚性支出过大），应核实是否纳入监测"));
    }

    @Test
    void aMonitoredHouseholdAtRiskAndANormalOneAtMediumRiskAreConsistent() {
        Household unsafe = aSteadyFamily().status(HouseholdStatus.NORMAL).housingUnsafe().waterUnsafe().build();
        RiskAssessment medium = assessor.assess(unsafe, List.of(), TODAY);

        assertThat(check(Households.aMonitoredFamilyFromWeining())).isEmpty();
        assertThat(checks.check(unsafe, List.of(), medium)).isEmpty();
    }

    @Test
    void withoutAnAssessmentTheStatusIsNotChecked() {
        assertThat(checks.check(Households.aFamilyReadyToClear().build(), List.of(), null)).isEmpty();
    }
}
