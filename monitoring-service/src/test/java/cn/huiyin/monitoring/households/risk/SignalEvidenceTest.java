package cn.huiyin.monitoring.households.risk;

import static cn.huiyin.monitoring.households.risk.Households.TODAY;
import static cn.huiyin.monitoring.households.risk.Households.aSteadyFamily;
import static cn.huiyin.monitoring.households.risk.Households.seriouslyIll;
import static cn.huiyin.monitoring.households.risk.Signals.call;
import static cn.huiyin.monitoring.households.risk.Signals.selfReport;
import static cn.huiyin.monitoring.households.risk.Signals.warning;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.WarningKind;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Calls, self-reports and department warnings as evidence, within the look-back window only. */
class SignalEvidenceTest {

    private final RiskAssessor assessor = new RiskAssessor(RiskRules.defaults());
    private final Household steady = Households.aSteadyFamilyFromWeining();

    private RiskAssessment assess(Signal... signals) {
        return assessor.assess(steady, List.of(signals), TODAY);
    }

    @Test
    void aMedicalInsuranceWarningIsIllnessEvidenceWithItsAmount() {
        RiskAssessment assessment = assess(warning(WarningKind.MEDICAL_INSURANCE, LocalDate.of(2025, 3, 2), 12_000.0,
                "住院自付费用高"));

        assertThat(assessment.findings()).containsExactly(
                new Finding(RiskFactor.ILLNESS, 25, "医保部门预警（2025-03-02）：住院自付费用高，金额12000元"));
        assertThat(assessment.level().name()).isEqualTo("LOW");
    }

    @Test
    void anEmergencyManagementWarningIsADisaster() {
        RiskAssessment assessment = assess(warning(WarningKind.EMERGENCY_MANAGEMENT, LocalDate.of(2024, 7, 12),
                30_000.0, null));

        assertThat(assessment.findings()).containsExactly(
                new Finding(RiskFactor.DISASTER, 25, "应急管理部门预警（2024-07-12）：金额30000元"));
    }

    @Test
    void aCivilAffairsWarningIsAnAccident() {
        RiskAssessment assessment = assess(warning(WarningKind.CIVIL_AFFAIRS, LocalDate.of(2025, 1, 8), null,
                "户主务工途中车祸身亡"));

        assertThat(assessment.findings()).containsExactly(
                new Finding(RiskFactor.ACCIDENT, 20, "民政部门预警（2025-01-08）：户主务工途中车祸身亡"));
    }

    @Test
    void aCallAboutHousingIsUnsafeHousingEvidenceWhateverTheRegisterSays() {
        RiskAssessment assessment = assess(call(RiskFactor.UNSAFE_HOUSING, LocalDate.of(2025, 5, 20), "房屋墙体开裂漏雨"));

        assertThat(assessment.findings()).containsExactly(
                new Finding(RiskFactor.UNSAFE_HOUSING, 20, "来电反映（2025-05-20）：房屋墙体开裂漏雨"));
    }

    @Test
    void aSelfReportCountsForEachOfItsFactors() {
        RiskAssessment assessment = assess(selfReport(LocalDate.of(2025, 6, 1), "外出务工受伤，无法继续工作",
                RiskFactor.INCOME_DROP, RiskFactor.ACCIDENT));

        assertThat(assessment.factors()).containsExactly(RiskFactor.ACCIDENT, RiskFactor.INCOME_DROP);
        assertThat(assessment.findingFor(RiskFactor.ACCIDENT).orElseThrow().evidence())
                .isEqualTo("一键报贫（2025-06-01）：外出务工受伤，无法继续工作");
        assertThat(assessment.score()).isEqualTo(20 + 25);
    }

    @Test
    void theOtherDepartmentsPointAtSchoolingDisabilityAndIncomeDrop() {
        RiskAssessment assessment = assess(
                warning(WarningKind.EDUCATION, LocalDate.of(2024, 9, 1), null, "子女考入高职"),
                warning(WarningKind.DISABLED_PERSONS_FEDERATION, LocalDate.of(2024, 10, 1), null, "新办二级残疾证"),
                warning(WarningKind.HUMAN_RESOURCES, LocalDate.of(2025, 2, 1), 3_000.0, "失业"));

        assertThat(assessment.factors()).containsExactly(RiskFactor.SCHOOLING, RiskFactor.DISABILITY,
                RiskFactor.INCOME_DROP);
        assertThat(assessment.findingFor(RiskFactor.INCOME_DROP).orElseThrow().evidence())
                .isEqualTo("人社部门预警（2025-02-01）：失业，金额3000元");
    }

    @Test
    void signalsCountForTheLookBackWindowAndNoLonger() {
        LocalDate lastDayInWindow = TODAY.minusDays(365);

        assertThat(assess(call(RiskFactor.NO_SAFE_WATER, lastDayInWindow, "停水")).factors())
                .containsExactly(RiskFactor.NO_SAFE_WATER);
        assertThat(assess(call(RiskFactor.NO_SAFE_WATER, lastDayInWindow.minusDays(1), "停水")).factors()).isEmpty();
    }

    @Test
    void theWindowIsConfigurable() {
        RiskRules d = RiskRules.defaults();
        RiskRules ninetyDays = new RiskRules(d.version(), d.points(), d.seriousIllnessPoints(),
                d.chronicIllnessPoints(), d.incomeBelowLinePoints(), d.medicalExpenditureYuan(),
                d.medicalShareOfIncome(), d.schoolingExpenditureYuan(), d.incomeDropShare(), d.rigidShareOfIncome(),
                90, d.levels(), d.monitoringLine());

        RiskAssessment assessment = new RiskAssessor(ninetyDays).assess(steady,
                List.of(call(RiskFactor.NO_SAFE_WATER, TODAY.minusDays(91), "停水")), TODAY);

        assertThat(assessment.factors()).isEmpty();
    }

    @Test
    void signalsOfAnotherHouseholdOrFromTheFutureAreNoEvidence() {
        RiskAssessment assessment = assess(
                Signals.forHousehold("hh-other", call(RiskFactor.DISASTER, LocalDate.of(2025, 6, 1), "冰雹")),
                call(RiskFactor.DISASTER, TODAY.plusDays(1), "冰雹"));

        assertThat(assessment.factors()).isEmpty();
    }

    @Test
    void registerAndSignalEvidenceOfOneFactorMakeOneFindingWhereTheStrongestCounts() {
        Household ill = aSteadyFamily().with(seriouslyIll(52)).build();
        Signal medical = warning(WarningKind.MEDICAL_INSURANCE, LocalDate.of(2025, 3, 2), 8_000.0, "住院");

        RiskAssessment assessment = assessor.assess(ill, List.of(medical), TODAY);

        assertThat(assessment.findings()).containsExactly(new Finding(RiskFactor.ILLNESS, 30,
                "1名成员患重大疾病，年医疗支出1200元；医保部门预警（2025-03-02）：住院，金额8000元"));
        assertThat(assessment.score()).isEqualTo(30);
    }

    @Test
    void aSignalWithoutItsOwnDateCountsFromTheDayItArrived() {
        Signal undated = call(RiskFactor.DISASTER, LocalDate.of(2025, 6, 1), "山体滑坡");
        Signal arrivedOnly = new Signal(undated.signalId(), undated.source(), undated.householdId(),
                undated.regionCode(), undated.idFingerprint(), undated.factors(), null, undated.fact(), null,
                undated.receivedAt(), undated.reference(), null);

        assertThat(assess(arrivedOnly).findingFor(RiskFactor.DISASTER).orElseThrow().evidence())
                .isEqualTo("来电反映（2025-06-01）：山体滑坡");
    }
}
