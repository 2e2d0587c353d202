package cn.huiyin.monitoring.households.risk;

/**
 * The latest per-capita net income set against the monitoring line of its year. Income under the line is not a
 * {@link cn.huiyin.events.RiskFactor} (it is the measure of poverty itself, not a cause) but it weighs in the score.
 *
 * @param points what it adds to the score: the configured points when below the line, else 0
 */
public record IncomeAgainstLine(int year, double perCapita, double line, int points) {

    public boolean below() {
        return perCapita < line;
    }

    /** "人均纯收入5200元，低于2024年监测线7300元". */
    public String evidence() {
        return "人均纯收入" + Yuan.of(perCapita) + "，" + (below() ? "低于" : "不低于") + year + "年监测线"
                + Yuan.of(line);
    }

    public String reason() {
        return below() ? "收入低于监测线（+" + points + "分）：" + evidence() : evidence();
    }
}
