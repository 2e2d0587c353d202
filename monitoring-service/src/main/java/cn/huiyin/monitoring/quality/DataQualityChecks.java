package cn.huiyin.monitoring.quality;

import cn.huiyin.events.HotlineTime;
import static cn.huiyin.monitoring.quality.QualityIssue.INCOME_CONTRADICTS_WARNING;
import static cn.huiyin.monitoring.quality.QualityIssue.INCOME_COPIED;
import static cn.huiyin.monitoring.quality.QualityIssue.STATUS_CONTRADICTS_ASSESSMENT;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.YearlyIncome;
import cn.huiyin.monitoring.households.risk.RiskAssessment;
import cn.huiyin.monitoring.households.risk.Yuan;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.WarningKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The data-quality checks (四个一致) on one household: income items copied from the year before, income that
 * contradicts a department warning, and a status that contradicts the risk assessment. Each issue says why.
 */
public final class DataQualityChecks {

    private static final ZoneId HOTLINE_ZONE = HotlineTime.ZONE;

    /**
     * @param warnings   the household's department warnings (other signals are ignored)
     * @param assessment its current assessment; null skips the status check
     */
    public List<QualityIssue> check(Household household, List<Signal> warnings, RiskAssessment assessment) {
        Objects.requireNonNull(household, "household");
        List<QualityIssue> issues = new ArrayList<>();
        incomeCopied(household).ifPresent(issues::add);
        issues.addAll(incomeContradictsWarnings(household, warnings == null ? List.of() : warnings));
        statusContradictsAssessment(household, assessment).ifPresent(issues::add);
        return List.copyOf(issues);
    }

    private static Optional<QualityIssue> incomeCopied(Household household) {
        Optional<YearlyIncome> latest = household.latestIncome();
        Optional<YearlyIncome> before = latest.flatMap(income -> household.incomeBefore(income.year()));
        if (before.isEmpty() || !latest.get().sameItemsAs(before.get())) {
            return Optional.empty();
        }
        YearlyIncome income = latest.get();
        return Optional.of(new QualityIssue(household.householdId(), INCOME_COPIED, income.year() + "年收入各项（工资性"
                + Yuan.of(income.wages()) + "、生产经营性" + Yuan.of(income.production()) + "、转移性"
                + Yuan.of(income.transfers()) + "、财产性" + Yuan.of(income.property()) + "）与"
                + before.get().year() + "年完全相同，疑似照抄上年数据"));
    }

    private static List<QualityIssue> incomeContradictsWarnings(Household household, List<Signal> warnings) {
        return warnings.stream()
                .filter(warning -> warning.warningKind() != null && dayOf(warning) != null)
                .sorted(Comparator.comparing(DataQualityChecks::dayOf))
                .map(warning -> contradiction(household, warning))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    /** A job loss should show in the wages of its year, a disaster loss in the production income of its year. */
    private static Optional<QualityIssue> contradiction(Household household, Signal warning) {
        LocalDate day = dayOf(warning);
        Optional<YearlyIncome> ofYear = household.incomes().stream().filter(i -> i.year() == day.getYear()).findFirst();
        Optional<YearlyIncome> before = household.incomeBefore(day.getYear());
        if (ofYear.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        YearlyIncome now = ofYear.get();
        YearlyIncome then = before.get();
        String warned = (warning.warningKind() == WarningKind.HUMAN_RESOURCES ? "人社部门" : "应急管理部门")
                + day + "预警" + (warning.amount() == null ? "" : "（金额" + Yuan.of(warning.amount()) + "）");
        if (warning.warningKind() == WarningKind.HUMAN_RESOURCES && now.wages() >= then.wages()) {
            return Optional.of(new QualityIssue(household.householdId(), INCOME_CONTRADICTS_WARNING, warned
                    + "失业减收，但" + now.year() + "年工资性收入" + Yuan.of(now.wages()) + "不低于" + then.year()
                    + "年的" + Yuan.of(then.wages())));
        }
        if (warning.warningKind() == WarningKind.EMERGENCY_MANAGEMENT && now.production() > then.production()) {
            return Optional.of(new QualityIssue(household.householdId(), INCOME_CONTRADICTS_WARNING, warned
                    + "受灾损失，但" + now.year() + "年生产经营性收入" + Yuan.of(now.production()) + "高于"
                    + then.year() + "年的" + Yuan.of(then.production())));
        }
        return Optional.empty();
    }

    /**
     * A monitored household assessed at no risk should be considered for elimination; a household outside
     * monitoring assessed at high risk should be considered for monitoring.
     */
    private static Optional<QualityIssue> statusContradictsAssessment(Household household,
            RiskAssessment assessment) {
        if (assessment == null) {
            return Optional.empty();
        }
        HouseholdStatus status = household.status();
        String assessed = "，但风险评估为" + assessment.level().label() + "（" + assessment.score() + "分";
        if (status == HouseholdStatus.MONITORED && assessment.level() == RiskLevel.NONE) {
            return Optional.of(new QualityIssue(household.householdId(), STATUS_CONTRADICTS_ASSESSMENT,
                    "状态为" + status.label() + assessed + "），应核实是否符合风险消除条件"));
        }
        if (status != HouseholdStatus.MONITORED && assessment.level() == RiskLevel.HIGH) {
            String factors = assessment.factors().stream().map(RiskFactor::label).collect(Collectors.joining("、"));
            String why = (assessment.incomeBelowLine() ? "收入低于监测线" + (factors.isEmpty() ? "" : "、") : "")
                    + factors;
            return Optional.of(new QualityIssue(household.householdId(), STATUS_CONTRADICTS_ASSESSMENT,
                    "状态为" + status.label() + assessed + "：" + why + "），应核实是否纳入监测"));
        }
        return Optional.empty();
    }

    private static LocalDate dayOf(Signal signal) {
        if (signal.occurredOn() != null) {
            return signal.occurredOn();
        }
        return signal.receivedAt() == null ? null : LocalDate.ofInstant(signal.receivedAt(), HOTLINE_ZONE);
    }
}
