package cn.huiyin.monitoring.clearing;

import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.YearlyIncome;
import cn.huiyin.monitoring.households.risk.MonitoringLine;
import cn.huiyin.monitoring.households.risk.RiskAssessor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Since when a household's income has stayed at or above the monitoring line: the day the earliest income of the
 * unbroken run of recent incomes at or above the line of their year was assessed.
 */
final class IncomeStability {

    private IncomeStability() {
    }

    /** Empty when there is no income, or the latest one is under the line (or has no line to compare with). */
    static Optional<LocalDate> stableSince(Household household, MonitoringLine line) {
        String province = RiskAssessor.provinceOf(household);
        List<YearlyIncome> incomes = household.incomes();
        LocalDate since = null;
        for (int i = incomes.size() - 1; i >= 0; i--) {
            YearlyIncome income = incomes.get(i);
            OptionalDouble lineOfYear = line.find(income.year(), province);
            if (lineOfYear.isEmpty() || income.perCapita() < lineOfYear.getAsDouble()) {
                break;
            }
            since = assessedOn(income);
        }
        return Optional.ofNullable(since);
    }

    /** A year's income without an assessment day counts from the year's last day: it cannot be known earlier. */
    static LocalDate assessedOn(YearlyIncome income) {
        return income.assessedOn() != null ? income.assessedOn() : LocalDate.of(income.year(), 12, 31);
    }
}
