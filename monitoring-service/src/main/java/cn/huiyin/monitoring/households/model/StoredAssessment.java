package cn.huiyin.monitoring.households.model;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;

import java.time.Instant;
import java.util.List;

/** The last risk assessment, kept with the household so lists and the queue filter on it without rescoring. */
public record StoredAssessment(int score, RiskLevel level, List<RiskFactor> factors, List<String> reasons,
        Instant assessedAt) {

    public static final StoredAssessment NONE = new StoredAssessment(0, RiskLevel.NONE, List.of(), List.of(), null);
}
