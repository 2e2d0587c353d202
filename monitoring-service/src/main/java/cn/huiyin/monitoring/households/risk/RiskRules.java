package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The configured, explainable risk rules (no black box): the points each finding adds, the thresholds that make a
 * fact a risk, the level bands and the monitoring lines. Invalid rules are refused when the service starts.
 *
 * @param version                  names the rule set in every assessment, so an old score can be explained later
 * @param points                   points per risk factor, for every factor
 * @param seriousIllnessPoints     ILLNESS points when a member has a serious illness (重大疾病)
 * @param chronicIllnessPoints     ILLNESS points when the only illness evidence is a chronic illness (慢性病)
 * @param incomeBelowLinePoints    points when per-capita income is under the monitoring line
 * @param medicalExpenditureYuan   yearly medical expenditure from which it is a burden (ILLNESS, clearing)
 * @param medicalShareOfIncome     ... or the share of household net income above which it is one
 * @param schoolingExpenditureYuan yearly schooling expenditure from which SCHOOLING applies (with a member in school)
 * @param incomeDropShare          a fall of per-capita income by at least this share of the previous year's
 * @param rigidShareOfIncome       rigid expenditure above this share of household net income (perCapita × size)
 * @param lookBackDays             signals older than this many days are no longer evidence
 * @param levels                   the score from which each level starts
 * @param monitoringLine           the monitoring lines by year and province
 */
public record RiskRules(String version, Map<RiskFactor, Integer> points, int seriousIllnessPoints,
        int chronicIllnessPoints, int incomeBelowLinePoints, double medicalExpenditureYuan,
        double medicalShareOfIncome, double schoolingExpenditureYuan, double incomeDropShare,
        double rigidShareOfIncome, int lookBackDays, Levels levels, MonitoringLine monitoringLine) {

    public static final int MAX_SCORE = 100;

    /** The score from which LOW, MEDIUM and HIGH start; below {@code low} the level is NONE. */
    public record Levels(int low, int medium, int high) {

        public static final Levels DEFAULT = new Levels(15, 35, 60);

        public Levels {
            if (!(0 < low && low < medium && medium < high && high <= MAX_SCORE)) {
                throw new IllegalArgumentException("risk levels must rise within 1..100 (low < medium < high) but were "
                        + low + " / " + medium + " / " + high);
            }
        }

        public RiskLevel levelOf(int score) {
            if (score >= high) {
                return RiskLevel.HIGH;
            }
            if (score >= medium) {
                return RiskLevel.MEDIUM;
            }
            return score >= low ? RiskLevel.LOW : RiskLevel.NONE;
        }
    }

    public RiskRules {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must name the rule set, e.g. 2024-1");
        }
        points = copyOfPoints(points);
        requirePoints("seriousIllnessPoints", seriousIllnessPoints);
        requirePoints("chronicIllnessPoints", chronicIllnessPoints);
        requirePoints("incomeBelowLinePoints", incomeBelowLinePoints);
        requireYuan("medicalExpenditureYuan", medicalExpenditureYuan);
        requireShare("medicalShareOfIncome", medicalShareOfIncome);
        requireYuan("schoolingExpenditureYuan", schoolingExpenditureYuan);
        requireShare("incomeDropShare", incomeDropShare);
        requireShare("rigidShareOfIncome", rigidShareOfIncome);
        if (lookBackDays < 1 || lookBackDays > 3660) {
            throw new IllegalArgumentException("lookBackDays must be 1..3660 but was " + lookBackDays);
        }
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(monitoringLine, "monitoringLine");
    }

    /**
     * The defaults. Points and thresholds are a starting point for a province to tune, not policy; the lines are the
     * 2020 poverty-alleviation standard and the national lines of 2021–2025; extend them every year.
     */
    public static RiskRules defaults() {
        Map<RiskFactor, Integer> points = new EnumMap<>(RiskFactor.class);
        points.put(RiskFactor.ILLNESS, 25);
        points.put(RiskFactor.SCHOOLING, 15);
        points.put(RiskFactor.DISABILITY, 15);
        points.put(RiskFactor.DISASTER, 25);
        points.put(RiskFactor.ACCIDENT, 20);
        points.put(RiskFactor.INCOME_DROP, 25);
        points.put(RiskFactor.UNSAFE_HOUSING, 20);
        points.put(RiskFactor.NO_SAFE_WATER, 15);
        points.put(RiskFactor.HIGH_RIGID_EXPENDITURE, 20);
        return new RiskRules("default-1", points, 30, 10, 40, 10_000, 0.3, 5_000, 0.3, 0.5, 365, Levels.DEFAULT,
                MonitoringLine.of(defaultLines()));
    }

    /** The national monitoring lines (yuan per person and year); provinces may set higher ones. */
    public static Map<Integer, Map<String, Double>> defaultLines() {
        return Map.of(
                2020, Map.of(MonitoringLine.NATIONAL, 4_000.0),
                2021, Map.of(MonitoringLine.NATIONAL, 6_000.0),
                2022, Map.of(MonitoringLine.NATIONAL, 6_600.0),
                2023, Map.of(MonitoringLine.NATIONAL, 7_000.0),
                2024, Map.of(MonitoringLine.NATIONAL, 7_300.0),
                2025, Map.of(MonitoringLine.NATIONAL, 7_500.0));
    }

    public int pointsFor(RiskFactor factor) {
        return points.get(factor);
    }

    /** A medical expenditure is a burden from the absolute threshold, or above the share of household income. */
    public boolean medicalExpenditureHigh(double medical, Double householdIncomeOrNull) {
        if (medical <= 0) {
            return false;
        }
        return medical >= medicalExpenditureYuan
                || householdIncomeOrNull != null && medical > medicalShareOfIncome * householdIncomeOrNull;
    }

    /** These rules with other points for one factor (tests and what-if comparisons). */
    public RiskRules withPoints(RiskFactor factor, int newPoints) {
        Map<RiskFactor, Integer> changed = new EnumMap<>(points);
        changed.put(factor, newPoints);
        return new RiskRules(version, changed, seriousIllnessPoints, chronicIllnessPoints, incomeBelowLinePoints,
                medicalExpenditureYuan, medicalShareOfIncome, schoolingExpenditureYuan, incomeDropShare,
                rigidShareOfIncome, lookBackDays, levels, monitoringLine);
    }

    private static Map<RiskFactor, Integer> copyOfPoints(Map<RiskFactor, Integer> points) {
        Objects.requireNonNull(points, "points");
        Map<RiskFactor, Integer> copy = new EnumMap<>(RiskFactor.class);
        for (RiskFactor factor : RiskFactor.values()) {
            Integer value = points.get(factor);
            if (value == null) {
                throw new IllegalArgumentException("points for " + factor + " must be configured");
            }
            requirePoints("points for " + factor, value);
            copy.put(factor, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static void requirePoints(String what, int value) {
        if (value < 0 || value > MAX_SCORE) {
            throw new IllegalArgumentException(what + " must be 0..100 but was " + value);
        }
    }

    private static void requireYuan(String what, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(what + " must be a positive amount of yuan but was " + value);
        }
    }

    private static void requireShare(String what, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be a share in (0, 1] but was " + value);
        }
    }
}
