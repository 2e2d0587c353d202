package cn.huiyin.monitoring.clearing;

import static cn.huiyin.monitoring.clearing.ClearingBlock.HOUSING_UNSAFE;
import static cn.huiyin.monitoring.clearing.ClearingBlock.ILLNESS_EXPENDITURE_HIGH;
import static cn.huiyin.monitoring.clearing.ClearingBlock.INCOME_BELOW_LINE;
import static cn.huiyin.monitoring.clearing.ClearingBlock.INCOME_NOT_STABLE;
import static cn.huiyin.monitoring.clearing.ClearingBlock.NOT_MONITORED;
import static cn.huiyin.monitoring.clearing.ClearingBlock.NO_PLAN;
import static cn.huiyin.monitoring.clearing.ClearingBlock.PLAN_UNCOVERED;
import static cn.huiyin.monitoring.clearing.ClearingBlock.PLAN_UNFINISHED;
import static cn.huiyin.monitoring.clearing.ClearingBlock.REASON_UNRESOLVED;
import static cn.huiyin.monitoring.clearing.ClearingBlock.RISK_ACTIVE;
import static cn.huiyin.monitoring.clearing.ClearingBlock.STILL_IN_SCHOOL;
import static cn.huiyin.monitoring.clearing.ClearingBlock.VISIT_TOO_OLD;
import static cn.huiyin.monitoring.clearing.ClearingBlock.WATER_UNSAFE;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.Member;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.model.YearlyIncome;
import cn.huiyin.monitoring.households.model.AssistancePlan;
import cn.huiyin.monitoring.households.model.Measure;
import cn.huiyin.monitoring.households.model.PlanCoverage;
import cn.huiyin.monitoring.households.risk.MedicalBurden;
import cn.huiyin.monitoring.households.risk.RiskAssessment;
import cn.huiyin.monitoring.households.risk.RiskAssessor;
import cn.huiyin.monitoring.households.risk.RiskRules;
import cn.huiyin.monitoring.households.risk.Yuan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of risk elimination (风险消除): the risk of a monitored household may be eliminated only when no rule
 * blocks it, and a refusal names every rule that does. The monitoring line and the medical-expenditure threshold
 * are those of the {@link RiskRules}, so assessment and clearing never disagree about them.
 */
public final class ClearingRules {

    public static final int DEFAULT_STABLE_MONTHS = 6;
    /** A helper must visit at least once a quarter. */
    public static final int DEFAULT_VISIT_MAX_AGE_MONTHS = 3;

    private final int stableMonths;
    private final int visitMaxAgeMonths;
    private final RiskRules riskRules;

    public ClearingRules(int stableMonths, int visitMaxAgeMonths, RiskRules riskRules) {
        if (stableMonths < 0 || stableMonths > 60) {
            throw new IllegalArgumentException("stableMonths must be 0..60 but was " + stableMonths);
        }
        if (visitMaxAgeMonths < 1 || visitMaxAgeMonths > 24) {
            throw new IllegalArgumentException("visitMaxAgeMonths must be 1..24 but was " + visitMaxAgeMonths);
        }
        this.stableMonths = stableMonths;
        this.visitMaxAgeMonths = visitMaxAgeMonths;
        this.riskRules = Objects.requireNonNull(riskRules, "riskRules");
    }

    public static ClearingRules defaults(RiskRules riskRules) {
        return new ClearingRules(DEFAULT_STABLE_MONTHS, DEFAULT_VISIT_MAX_AGE_MONTHS, riskRules);
    }

    public int stableMonths() {
        return stableMonths;
    }

    public int visitMaxAgeMonths() {
        return visitMaxAgeMonths;
    }

    /**
     * Every rule that blocks eliminating the household's risk today; empty when it may be eliminated. A household
     * that is not monitored gets only {@code NOT_MONITORED}: the other rules do not apply to it.
     *
     * @param current         the household's assessment as of today (its active factors)
     * @param lastVisitOrNull the day of the helper's last visit in person, null when never visited
     */
    public List<ClearingBlock> blocks(Household household, RiskAssessment current, AssistancePlan planOrNull,
            LocalDate lastVisitOrNull, LocalDate today) {
        return blocks(household, List.of(), current, planOrNull, lastVisitOrNull, today);
    }

    /** Every rule that blocks eliminating the risk of a household in monitoring, today. */
    public List<ClearingBlock> blocks(MonitoredHousehold household, RiskAssessment current, LocalDate today) {
        return blocks(household.facts(), household.reasonsOfIdentification(), current, household.plan(),
                household.lastVisit(), today);
    }

    /**
     * @param reasons the risk factors the household was taken into monitoring for: each must be resolved
     */
    public List<ClearingBlock> blocks(Household household, List<RiskFactor> reasons, RiskAssessment current,
            AssistancePlan planOrNull, LocalDate lastVisitOrNull, LocalDate today) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(today, "today");
        if (household.status() != HouseholdStatus.MONITORED) {
            return List.of(new ClearingBlock(NOT_MONITORED,
                    "该户状态为" + household.status().label() + "，不是监测对象，无需风险消除"));
        }
        List<ClearingBlock> blocks = new ArrayList<>();
        riskActive(current).ifPresent(blocks::add);
        stillInSchool(household, reasons, current, today).ifPresent(blocks::add);
        incomeBelowLine(household).ifPresent(blocks::add);
        MedicalBurden medical = MedicalBurden.of(household, riskRules);
        if (medical.high()) {
            blocks.add(new ClearingBlock(ILLNESS_EXPENDITURE_HIGH, "因病支出仍过高：" + medical.evidence()));
        }
        if (!household.housingSafe()) {
            blocks.add(new ClearingBlock(HOUSING_UNSAFE, "住房安全未保障"));
        }
        if (!household.waterSafe()) {
            blocks.add(new ClearingBlock(WATER_UNSAFE, "饮水安全未保障"));
        }
        reasonsUnresolved(reasons, current, blocks).ifPresent(blocks::add);
        blocks.addAll(plan(planOrNull, current));
        incomeNotStable(household, today).ifPresent(blocks::add);
        visitTooOld(lastVisitOrNull, today).ifPresent(blocks::add);
        return List.copyOf(blocks);
    }

    /** The risk is not gone while today's assessment is MEDIUM or above, whatever else was done. */
    private static Optional<ClearingBlock> riskActive(RiskAssessment current) {
        if (current.level() != RiskLevel.MEDIUM && current.level() != RiskLevel.HIGH) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>(current.factors().stream().map(RiskFactor::label).toList());
        if (current.incomeBelowLine()) {
            why.add("人均纯收入低于监测线");
        }
        return Optional.of(new ClearingBlock(RISK_ACTIVE, "当前风险评估为" + current.level().label() + "（"
                + current.score() + "分）" + (why.isEmpty() ? "" : "：" + String.join("、", why))));
    }

    /**
     * A reason the household was taken in for that today's assessment still finds, and that no other block names
     * (schooling, illness, housing and water have their own).
     */
    private static Optional<ClearingBlock> reasonsUnresolved(List<RiskFactor> reasons, RiskAssessment current,
            List<ClearingBlock> named) {
        Set<String> rules = named.stream().map(ClearingBlock::rule).collect(Collectors.toSet());
        List<RiskFactor> open = reasons.stream().filter(current::hasFactor)
                .filter(reason -> !(reason == RiskFactor.SCHOOLING && rules.contains(STILL_IN_SCHOOL)))
                .filter(reason -> !(reason == RiskFactor.ILLNESS && rules.contains(ILLNESS_EXPENDITURE_HIGH)))
                .filter(reason -> !(reason == RiskFactor.UNSAFE_HOUSING && rules.contains(HOUSING_UNSAFE)))
                .filter(reason -> !(reason == RiskFactor.NO_SAFE_WATER && rules.contains(WATER_UNSAFE)))
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClearingBlock(REASON_UNRESOLVED, "纳入监测的原因尚未消除："
                + open.stream().map(RiskFactor::label).collect(Collectors.joining("、"))));
    }

    /**
     * Children still in school block the elimination of a household taken in for schooling costs (因学), or whose
     * assessment finds them today, until they finish.
     */
    private Optional<ClearingBlock> stillInSchool(Household household, List<RiskFactor> reasons,
            RiskAssessment current, LocalDate today) {
        List<Member> inSchool = household.inSchoolOn(today);
        boolean schooling = reasons.contains(RiskFactor.SCHOOLING) || current.hasFactor(RiskFactor.SCHOOLING);
        if (!schooling || inSchool.isEmpty()) {
            return Optional.empty();
        }
        String until = inSchool.stream().map(Member::schoolEnd).filter(Objects::nonNull).max(LocalDate::compareTo)
                .map(end -> "，最晚预计" + end + "完成学业").orElse("");
        return Optional.of(new ClearingBlock(STILL_IN_SCHOOL,
                "存在因学风险，" + inSchool.size() + "名成员仍在校" + until));
    }

    private Optional<ClearingBlock> incomeBelowLine(Household household) {
        Optional<YearlyIncome> latest = household.latestIncome();
        if (latest.isEmpty()) {
            return Optional.of(new ClearingBlock(INCOME_BELOW_LINE, "尚无收入核算记录，无法确认人均纯收入达到监测线"));
        }
        YearlyIncome income = latest.get();
        double line = riskRules.monitoringLine().lineFor(income.year(), RiskAssessor.provinceOf(household));
        if (income.perCapita() >= line) {
            return Optional.empty();
        }
        return Optional.of(new ClearingBlock(INCOME_BELOW_LINE, income.year() + "年人均纯收入"
                + Yuan.of(income.perCapita()) + "，低于监测线" + Yuan.of(line)));
    }

    private static List<ClearingBlock> plan(AssistancePlan plan, RiskAssessment current) {
        if (plan == null) {
            return List.of(new ClearingBlock(NO_PLAN, "尚未制定一户一策帮扶计划"));
        }
        List<ClearingBlock> blocks = new ArrayList<>();
        List<Measure> unfinished = plan.measures().stream().filter(measure -> !measure.finished()).toList();
        if (!unfinished.isEmpty()) {
            blocks.add(new ClearingBlock(PLAN_UNFINISHED, unfinished.size() + "项帮扶措施未完成："
                    + unfinished.stream().map(ClearingRules::describe).collect(Collectors.joining("、"))));
        }
        Set<RiskFactor> uncovered = PlanCoverage.uncovered(plan, current.factors());
        if (!uncovered.isEmpty()) {
            blocks.add(new ClearingBlock(PLAN_UNCOVERED, "风险因素"
                    + uncovered.stream().map(RiskFactor::label).collect(Collectors.joining("、"))
                    + "没有对应的帮扶措施"));
        }
        return blocks;
    }

    private static String describe(Measure measure) {
        String status = measure.status() == Measure.Status.IN_PROGRESS ? "实施中" : "未开始";
        return measure.type().label() + "（" + status + (measure.due() == null ? "" : "，限" + measure.due() + "前")
                + "）";
    }

    private Optional<ClearingBlock> incomeNotStable(Household household, LocalDate today) {
        Optional<LocalDate> since = IncomeStability.stableSince(household, riskRules.monitoringLine());
        if (since.isEmpty()) {
            return Optional.of(new ClearingBlock(INCOME_NOT_STABLE,
                    "最近一次收入核算未达到监测线，收入尚未稳定" + stableMonths + "个月"));
        }
        if (!since.get().plusMonths(stableMonths).isAfter(today)) {
            return Optional.empty();
        }
        long months = Math.max(0, ChronoUnit.MONTHS.between(since.get(), today));
        return Optional.of(new ClearingBlock(INCOME_NOT_STABLE, "人均纯收入自" + since.get() + "核算起稳定在监测线以上，"
                + "至今" + months + "个月，不足" + stableMonths + "个月"));
    }

    private Optional<ClearingBlock> visitTooOld(LocalDate lastVisit, LocalDate today) {
        if (lastVisit == null) {
            return Optional.of(new ClearingBlock(VISIT_TOO_OLD, "帮扶责任人没有走访记录"));
        }
        if (!lastVisit.plusMonths(visitMaxAgeMonths).isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(new ClearingBlock(VISIT_TOO_OLD, "最近一次走访在" + lastVisit + "，已超过"
                + visitMaxAgeMonths + "个月"));
    }
}
