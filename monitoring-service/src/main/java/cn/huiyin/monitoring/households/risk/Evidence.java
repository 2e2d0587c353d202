package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.RiskFactor;

/** One piece of evidence for a factor, before the pieces of the same factor are joined into a {@link Finding}. */
record Evidence(RiskFactor factor, int points, String text) {
}
