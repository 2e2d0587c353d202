package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.Signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assesses a household's risk with the configured {@link RiskRules}: every piece of evidence from the register and
 * from the signals of the look-back window is kept and shown; the score is the sum of the points of each active
 * factor (the strongest evidence of a factor counts, once) plus the points for income under the line, capped at
 * 100; the level follows from the bands. The same inputs always give the same assessment.
 */
public final class RiskAssessor {

    private final RiskRules rules;
    private final HouseholdFacts householdFacts;
    private final SignalEvidence signalEvidence;

    public RiskAssessor(RiskRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.householdFacts = new HouseholdFacts(rules);
        this.signalEvidence = new SignalEvidence(rules);
    }

    public RiskRules rules() {
        return rules;
    }

    /**
     * @param signals the household's signals; those of other households, of the future or older than the
     *                look-back window are ignored
     * @throws IllegalStateException when no monitoring line is configured for the year of the latest income
     */
    public RiskAssessment assess(Household household, List<Signal> signals, LocalDate today) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(today, "today");
        List<Evidence> evidence = new ArrayList<>(householdFacts.evidence(household, today));
        evidence.addAll(signalEvidence.evidence(household.householdId(), signals == null ? List.of() : signals, today));
        List<Finding> findings = findingsFrom(evidence);
        IncomeAgainstLine income = incomeAgainstLine(household);

        int total = findings.stream().mapToInt(Finding::points).sum() + (income == null ? 0 : income.points());
        int score = Math.min(RiskRules.MAX_SCORE, total);
        RiskLevel level = rules.levels().levelOf(score);
        return new RiskAssessment(score, level, findings, income, reasons(findings, income, total, score, level),
                rules.version());
    }

    /** One finding per factor in enum order: the strongest piece of evidence counts, all of them are shown. */
    private static List<Finding> findingsFrom(List<Evidence> evidence) {
        Map<RiskFactor, List<Evidence>> byFactor = evidence.stream().collect(Collectors.groupingBy(Evidence::factor,
                () -> new EnumMap<>(RiskFactor.class), Collectors.toList()));
        return byFactor.entrySet().stream()
                .map(entry -> new Finding(entry.getKey(),
                        entry.getValue().stream().mapToInt(Evidence::points).max().orElse(0),
                        entry.getValue().stream().map(Evidence::text).distinct().collect(Collectors.joining("；"))))
                .toList();
    }

    private IncomeAgainstLine incomeAgainstLine(Household household) {
        return household.latestIncome().map(latest -> {
            double line = rules.monitoringLine().lineFor(latest.year(), provinceOf(household));
            int points = latest.perCapita() < line ? rules.incomeBelowLinePoints() : 0;
            return new IncomeAgainstLine(latest.year(), latest.perCapita(), line, points);
        }).orElse(null);
    }

    /** The province is the first two digits of the household's region (or county) code. */
    public static String provinceOf(Household household) {
        return MonitoringLine.provinceOf(
                household.regionCode() != null ? household.regionCode() : household.countyCode());
    }

    private static List<String> reasons(List<Finding> findings, IncomeAgainstLine income, int total, int score,
            RiskLevel level) {
        List<String> reasons = new ArrayList<>();
        if (income == null) {
            reasons.add("尚无收入核算记录，未与监测线比较");
        } else {
            reasons.add(income.reason());
        }
        if (findings.isEmpty()) {
            reasons.add("未发现风险因素");
        }
        findings.forEach(finding -> reasons.add(finding.reason()));
        reasons.add("合计" + total + "分" + (total > score ? "，按上限计" + score + "分" : "") + "，" + level.label());
        return reasons;
    }
}
