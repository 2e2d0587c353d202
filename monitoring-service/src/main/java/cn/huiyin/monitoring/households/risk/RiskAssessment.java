package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A household's risk on a day: the score (0–100), its level, the active factors with their evidence, the income
 * against the monitoring line, every reason in words, and the version of the rules that produced it.
 *
 * @param findings one per active factor, in the order of {@link RiskFactor}
 * @param income   the latest income against the line, or {@code null} when no income has been recorded
 * @param reasons  the income, every finding, and the total, in words
 */
public record RiskAssessment(int score, RiskLevel level, List<Finding> findings, IncomeAgainstLine income,
        List<String> reasons, String rulesVersion) {

    public RiskAssessment {
        if (score < 0 || score > RiskRules.MAX_SCORE) {
            throw new IllegalArgumentException("score must be 0..100 but was " + score);
        }
        Objects.requireNonNull(level, "level");
        findings = List.copyOf(findings);
        reasons = List.copyOf(reasons);
    }

    /** The active risk factors, in the order of {@link RiskFactor}. */
    public List<RiskFactor> factors() {
        return findings.stream().map(Finding::factor).toList();
    }

    public boolean hasFactor(RiskFactor factor) {
        return findings.stream().anyMatch(finding -> finding.factor() == factor);
    }

    public Optional<Finding> findingFor(RiskFactor factor) {
        return findings.stream().filter(finding -> finding.factor() == factor).findFirst();
    }

    public boolean incomeBelowLine() {
        return income != null && income.below();
    }
}
