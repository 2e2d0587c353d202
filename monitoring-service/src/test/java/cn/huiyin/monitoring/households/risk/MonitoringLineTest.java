package cn.huiyin.monitoring.households.risk;

import static cn.huiyin.monitoring.households.risk.Households.TODAY;
import static cn.huiyin.monitoring.households.risk.Households.aSteadyFamily;
import static cn.huiyin.monitoring.households.risk.Households.income;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import cn.huiyin.monitoring.households.model.Household;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The monitoring line by year and province, with its fallbacks. */
class MonitoringLineTest {

    private final MonitoringLine defaults = RiskRules.defaults().monitoringLine();
    private final MonitoringLine withGuizhou = MonitoringLine.of(Map.of(
            2023, Map.of("*", 7_000.0),
            2024, Map.of("*", 7_300.0, "52", 7_600.0),
            2025, Map.of("*", 7_500.0)));

    @ParameterizedTest(name = "{0}: {1} yuan")
    @CsvSource({"2021, 6000", "2022, 6600", "2023, 7000", "2024, 7300", "2025, 7500"})
    void theDefaultsAreTheNationalLinesOfEachYear(int year, double line) {
        assertThat(defaults.lineFor(year, "52")).isEqualTo(line);
    }

    @Test
    void aProvincesOwnLineComesBeforeTheNationalOne() {
        assertThat(withGuizhou.lineFor(2024, "52")).isEqualTo(7_600);
    }

    @Test
    void aProvinceWithoutItsOwnLineGetsTheNationalOne() {
        assertThat(withGuizhou.lineFor(2024, "53")).isEqualTo(7_300);
        assertThat(withGuizhou.lineFor(2024, null)).isEqualTo(7_300);
    }

    @Test
    void theNationalLineOfTheYearComesBeforeAProvincesLineOfAnEarlierYear() {
        assertThat(withGuizhou.lineFor(2025, "52")).isEqualTo(7_500);
    }

    @Test
    void aYearWithoutALineTakesTheNearestEarlierYear() {
        assertThat(defaults.lineFor(2027, "52")).isEqualTo(7_500);
        MonitoringLine gap = MonitoringLine.of(Map.of(2021, Map.of("*", 6_000.0), 2024, Map.of("52", 7_600.0)));
        assertThat(gap.lineFor(2023, "52")).isEqualTo(6_000);
        assertThat(gap.lineFor(2024, "11")).isEqualTo(6_000);
    }

    @Test
    void aYearBeforeEveryConfiguredLineIsAClearError() {
        assertThatIllegalStateException().isThrownBy(() -> defaults.lineFor(2019, "52"))
                .withMessageContaining("no monitoring line is configured for 2019 in province 52")
                .withMessageContaining("huiyin.risk.monitoring-lines");
        assertThat(defaults.find(2019, "52")).isEmpty();
    }

    @Test
    void linesMustBePositiveAndAtLeastOneYearGiven() {
        assertThatIllegalArgumentException().isThrownBy(() -> MonitoringLine.of(Map.of()))
                .withMessageContaining("at least one year");
        assertThatIllegalArgumentException().isThrownBy(() -> MonitoringLine.of(Map.of(2024, Map.of("52", -1.0))))
                .withMessageContaining("monitoring line for 2024 / 52 must be a positive amount");
    }

    @Test
    void theAssessorComparesIncomeWithTheLineOfTheHouseholdsProvinceAndIncomeYear() {
        RiskRules d = RiskRules.defaults();
        RiskRules guizhou = new RiskRules(d.version(), d.points(), d.seriousIllnessPoints(), d.chronicIllnessPoints(),
                d.incomeBelowLinePoints(), d.medicalExpenditureYuan(), d.medicalShareOfIncome(),
                d.schoolingExpenditureYuan(), d.incomeDropShare(), d.rigidShareOfIncome(), d.lookBackDays(),
                d.levels(), withGuizhou);
        Household weining = aSteadyFamily().incomes(income(2023, 7_400, null), income(2024, 7_500, null)).build();
        Household kunming = aSteadyFamily().region("530102001001")
                .incomes(income(2023, 7_400, null), income(2024, 7_500, null)).build();

        RiskAssessment inGuizhou = new RiskAssessor(guizhou).assess(weining, List.of(), TODAY);
        RiskAssessment inYunnan = new RiskAssessor(guizhou).assess(kunming, List.of(), TODAY);

        assertThat(inGuizhou.income()).isEqualTo(new IncomeAgainstLine(2024, 7_500, 7_600, 40));
        assertThat(inGuizhou.reasons()).first().isEqualTo("收入低于监测线（+40分）：人均纯收入7500元，低于2024年监测线7600元");
        assertThat(inYunnan.incomeBelowLine()).isFalse();
    }
}
