package cn.huiyin.monitoring.clearing;

import java.util.Objects;

/**
 * One rule that forbids eliminating a household's risk now (风险消除 "七不消"), with the reason in words and figures.
 *
 * @param rule   a stable code clients can act on, one of the constants below
 * @param reason the officer-facing explanation, in Chinese, with the numbers and dates
 */
public record ClearingBlock(String rule, String reason) {

    /** Only a monitored household (监测对象) can have its risk eliminated. */
    public static final String NOT_MONITORED = "NOT_MONITORED";
    /** Today's assessment still finds the risk at MEDIUM or above. */
    public static final String RISK_ACTIVE = "RISK_ACTIVE";
    /** A reason the household was taken into monitoring for is still found today. */
    public static final String REASON_UNRESOLVED = "REASON_UNRESOLVED";
    /** Taken in for schooling costs (因学), or found with them today, with members still in school. */
    public static final String STILL_IN_SCHOOL = "STILL_IN_SCHOOL";
    /** Per-capita net income under the monitoring line, or not yet assessed. */
    public static final String INCOME_BELOW_LINE = "INCOME_BELOW_LINE";
    /** Medical expenditure still at or above its threshold (因病). */
    public static final String ILLNESS_EXPENDITURE_HIGH = "ILLNESS_EXPENDITURE_HIGH";
    public static final String HOUSING_UNSAFE = "HOUSING_UNSAFE";
    public static final String WATER_UNSAFE = "WATER_UNSAFE";
    /** A monitored household without a one-household plan (一户一策). */
    public static final String NO_PLAN = "NO_PLAN";
    /** Plan measures not finished. */
    public static final String PLAN_UNFINISHED = "PLAN_UNFINISHED";
    /** An active risk factor no measure of the plan addresses. */
    public static final String PLAN_UNCOVERED = "PLAN_UNCOVERED";
    /** Income above the line for fewer than the configured months. */
    public static final String INCOME_NOT_STABLE = "INCOME_NOT_STABLE";
    /** No helper's visit within the last quarter. */
    public static final String VISIT_TOO_OLD = "VISIT_TOO_OLD";

    public ClearingBlock {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
