package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.RiskFactor;

import java.util.Objects;

/**
 * One active risk factor with the points it adds and the evidence for it, in the words an officer would write
 * ("成员患重大疾病；年医疗支出12000元，达到阈值10000元").
 */
public record Finding(RiskFactor factor, int points, String evidence) {

    public Finding {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The finding as one line of the assessment's reasons. */
    public String reason() {
        return factor.label() + "（+" + points + "分）：" + evidence;
    }
}
