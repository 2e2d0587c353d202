package cn.huiyin.monitoring.households.risk;

import static cn.huiyin.monitoring.households.risk.Households.TODAY;
import static cn.huiyin.monitoring.households.risk.Households.aSteadyFamily;
import static cn.huiyin.monitoring.households.risk.Households.adult;
import static cn.huiyin.monitoring.households.risk.Households.chronicallyIll;
import static cn.huiyin.monitoring.households.risk.Households.disabled;
import static cn.huiyin.monitoring.households.risk.Households.income;
import static cn.huiyin.monitoring.households.risk.Households.pupil;
import static cn.huiyin.monitoring.households.risk.Households.seriouslyIll;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.model.Household;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each risk factor the household's own facts give, with its evidence, and its absence without them. */
class HouseholdFactorsTest {

    private final RiskAssessor assessor = new RiskAssessor(RiskRules.defaults());

    private RiskAssessment assess(Household household) {
        return assessor.assess(household, List.of(), TODAY);
    }

    @Test
    void aSteadyFamilyHasNoRiskAndScoresZero() {
        RiskAssessment assessment = assess(Households.aSteadyFamilyFromWeining());

        assertThat(assessment.factors()).isEmpty();
        assertThat(assessment.score()).isZero();
        assertThat(assessment.level()).isEqualTo(RiskLevel.NONE);
        assertThat(assessment.incomeBelowLine()).isFalse();
        assertThat(assessment.reasons()).containsExactly("人均纯收入9100元，不低于2024年监测线7300元", "未发现风险因素",
                "合计0分，无风险");
    }

    @Test
    void aSeriouslyIllMemberIsAnIllnessFindingWithTheMedicalExpenditure() {
        RiskAssessment assessment = assess(aSteadyFamily().with(seriouslyIll(52)).expenditure(12_000, 0).build());

        assertThat(assessment.factors()).containsExactly(RiskFactor.ILLNESS);
        Finding illness = assessment.findingFor(RiskFactor.ILLNESS).orElseThrow();
        assertThat(illness.points()).isEqualTo(30);
        assertThat(illness.evidence()).isEqualTo("1名成员患重大疾病；年医疗支出12000元，达到阈值10000元");
        assertThat(assessment.reasons()).contains("因病（+30分）：1名成员患重大疾病；年医疗支出12000元，达到阈值10000元");
    }

    @Test
    void aChronicIllnessAloneWeighsLessThanASeriousOne() {
        RiskAssessment assessment = assess(aSteadyFamily().with(chronicallyIll(60)).expenditure(2_000, 0).build());

        assertThat(assessment.findingFor(RiskFactor.ILLNESS)).hasValueSatisfying(illness -> {
            assertThat(illness.points()).isEqualTo(10);
            assertThat(illness.evidence()).isEqualTo("1名成员患慢性病，年医疗支出2000元");
        });
        assertThat(assessment.level()).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void medicalExpenditureAtTheThresholdIsIllnessEvenWithoutADiagnosis() {
        RiskAssessment assessment = assess(aSteadyFamily().expenditure(10_000, 0).build());

        assertThat(assessment.findingFor(RiskFactor.ILLNESS)).hasValueSatisfying(illness -> {
            assertThat(illness.points()).isEqualTo(25);
            assertThat(illness.evidence()).isEqualTo("年医疗支出10000元，达到阈值10000元");
        });
    }

    @Test
    void medicalExpenditureAboveThirtyPercentOfHouseholdIncomeIsIllness() {
        // 7,400 × 4 = 29,600 yuan of household income; 30 % of it is 8,880
        Household household = aSteadyFamily().incomes(income(2023, 7_300, null), income(2024, 7_400, null))
                .expenditure(9_000, 0).build();

        assertThat(assess(household).findingFor(RiskFactor.ILLNESS)).hasValueSatisfying(illness ->
                assertThat(illness.evidence()).isEqualTo("年医疗支出9000元，超过家庭纯收入29600元的30%"));
    }

    @Test
    void medicalExpenditureUnderBothThresholdsIsNoIllness() {
        // 9,100 × 4 = 36,400 yuan of household income; 30 % of it is 10,920
        assertThat(assess(aSteadyFamily().expenditure(9_999, 0).build()).factors()).isEmpty();
    }

    @Test
    void schoolingCostsWithAMemberStillInSchoolAreASchoolingRisk() {
        Household household = aSteadyFamily().with(pupil(17, LocalDate.of(2027, 7, 1))).expenditure(0, 6_000).build();

        assertThat(assess(household).findingFor(RiskFactor.SCHOOLING)).hasValueSatisfying(schooling -> {
            assertThat(schooling.points()).isEqualTo(15);
            assertThat(schooling.evidence()).isEqualTo("1名成员在校，年教育支出6000元，达到阈值5000元");
        });
    }

    @Test
    void schoolingCostsUnderTheThresholdAreNoRisk() {
        Household household = aSteadyFamily().with(pupil(17, LocalDate.of(2027, 7, 1))).expenditure(0, 4_999).build();

        assertThat(assess(household).factors()).isEmpty();
    }

    @Test
    void schoolingCostsOfAChildWhoHasLeftSchoolAreNoRisk() {
        Household household = aSteadyFamily().with(pupil(18, TODAY)).expenditure(0, 6_000).build();

        assertThat(assess(household).factors()).doesNotContain(RiskFactor.SCHOOLING);
    }

    @Test
    void aDisabledMemberIsADisabilityRiskSayingWhetherHeCanWork() {
        RiskAssessment unable = assess(aSteadyFamily().with(disabled(35, false)).build());
        RiskAssessment able = assess(aSteadyFamily().with(disabled(35, true)).build());

        assertThat(unable.findingFor(RiskFactor.DISABILITY)).hasValueSatisfying(disability -> {
            assertThat(disability.points()).isEqualTo(15);
            assertThat(disability.evidence()).isEqualTo("1名成员残疾（其中1名无劳动能力）");
        });
        assertThat(able.findingFor(RiskFactor.DISABILITY).orElseThrow().evidence()).isEqualTo("1名成员残疾");
    }

    @Test
    void aFallOfThirtyPercentInPerCapitaIncomeIsAnIncomeDrop() {
        Household household = aSteadyFamily().incomes(income(2023, 11_000, null), income(2024, 7_700, null)).build();

        assertThat(assess(household).findingFor(RiskFactor.INCOME_DROP)).hasValueSatisfying(drop -> {
            assertThat(drop.points()).isEqualTo(25);
            assertThat(drop.evidence()).isEqualTo("人均纯收入由2023年11000元降至2024年7700元，下降30%");
        });
    }

    @Test
    void aSmallerFallIsNoIncomeDrop() {
        Household household = aSteadyFamily().incomes(income(2023, 11_000, null), income(2024, 7_701, null)).build();

        assertThat(assess(household).factors()).isEmpty();
    }

    @Test
    void unsafeHousingAndUnsafeWaterAreEachARisk() {
        RiskAssessment assessment = assess(aSteadyFamily().housingUnsafe().waterUnsafe().build());

        assertThat(assessment.findings()).containsExactly(
                new Finding(RiskFactor.UNSAFE_HOUSING, 20, "住房安全未保障"),
                new Finding(RiskFactor.NO_SAFE_WATER, 15, "饮水安全未保障"));
    }

    @Test
    void rigidExpenditureAboveHalfTheHouseholdIncomeIsHigh() {
        // 36,400 yuan of household income; neither cost alone is over its own threshold
        RiskAssessment assessment = assess(aSteadyFamily().expenditure(9_500, 9_000).build());

        assertThat(assessment.findings()).containsExactly(new Finding(RiskFactor.HIGH_RIGID_EXPENDITURE, 20,
                "年刚性支出18500元（医疗9500元、教育9000元），超过家庭纯收入36400元的50%（占50.8%）"));
    }

    @Test
    void rigidExpenditureOfExactlyHalfTheIncomeIsNotHigh() {
        assertThat(assess(aSteadyFamily().expenditure(9_200, 9_000).build()).factors()).isEmpty();
    }

    @Test
    void incomeUnderTheMonitoringLineAddsItsPointsAndSaysSo() {
        RiskAssessment assessment = assess(aSteadyFamily()
                .incomes(income(2023, 5_000, null), income(2024, 5_200, null)).build());

        assertThat(assessment.incomeBelowLine()).isTrue();
        assertThat(assessment.income()).isEqualTo(new IncomeAgainstLine(2024, 5_200, 7_300, 40));
        assertThat(assessment.factors()).isEmpty();
        assertThat(assessment.score()).isEqualTo(40);
        assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(assessment.reasons()).first().isEqualTo("收入低于监测线（+40分）：人均纯收入5200元，低于2024年监测线7300元");
    }

    @Test
    void incomeExactlyAtTheLineIsNotBelowIt() {
        RiskAssessment assessment = assess(aSteadyFamily()
                .incomes(income(2023, 7_000, null), income(2024, 7_300, null)).build());

        assertThat(assessment.incomeBelowLine()).isFalse();
        assertThat(assessment.score()).isZero();
    }

    @Test
    void aHouseholdWithoutIncomeRecordsIsNotComparedWithTheLineAndSaysSo() {
        RiskAssessment assessment = assess(aSteadyFamily().incomes().build());

        assertThat(assessment.income()).isNull();
        assertThat(assessment.reasons()).first().isEqualTo("尚无收入核算记录，未与监测线比较");
    }

    @Test
    void theMonitoredFamilyIsHighRiskForEveryReasonItHas() {
        RiskAssessment assessment = assess(Households.aMonitoredFamilyFromWeining());

        assertThat(assessment.factors()).containsExactly(RiskFactor.ILLNESS, RiskFactor.HIGH_RIGID_EXPENDITURE);
        assertThat(assessment.score()).isEqualTo(90);
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(assessment.reasons()).containsExactly(
                "收入低于监测线（+40分）：人均纯收入5200元，低于2024年监测线7300元",
                "因病（+30分）：1名成员患重大疾病；年医疗支出12000元，达到阈值10000元",
                "刚性支出过大（+20分）：年刚性支出12000元（医疗12000元、教育0元），超过家庭纯收入20800元的50%（占57.7%）",
                "合计90分，高风险");
    }

    @Test
    void adultsAloneAreNoRisk() {
        assertThat(assess(aSteadyFamily().members(adult(30)).build()).factors()).isEmpty();
    }
}
