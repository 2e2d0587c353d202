package cn.huiyin.monitoring.quality;

import java.util.Objects;

/**
 * A household whose records do not hang together (四个一致: the figures, the departments' data, the status and the
 * assessment should agree), with the rule it breaks and the reason in words, for an officer to check on site.
 */
public record QualityIssue(String householdId, String rule, String reason) {

    /** The latest year's income items are exactly those of the year before: likely copied, not assessed. */
    public static final String INCOME_COPIED = "INCOME_COPIED";
    /** A department's warning says the income should have fallen, but the recorded items did not. */
    public static final String INCOME_CONTRADICTS_WARNING = "INCOME_CONTRADICTS_WARNING";
    /** The household's status says one thing, its risk assessment another. */
    public static final String STATUS_CONTRADICTS_ASSESSMENT = "STATUS_CONTRADICTS_ASSESSMENT";

    public QualityIssue {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
