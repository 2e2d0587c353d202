package cn.huiyin.reporting.hotspots;

import cn.huiyin.reporting.hotspots.model.HotspotRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiyin.reporting.hotspots.*}: the surge rule (see {@link HotspotRule}).
 *
 * @param windowDays     the sliding window, in days
 * @param baselineWeeks  the weeks before the window that give the place's own rate
 * @param maxProbability a window whose Poisson tail probability is below this is a surge
 * @param minCalls       fewer calls are never a surge
 * @param minCallers     nor calls from fewer different callers (callerRef)
 * @param minWeeklyRate  the rate assumed for a place with fewer past calls
 */
@ConfigurationProperties("huiyin.reporting.hotspots")
public record HotspotProperties(
        @DefaultValue("7") int windowDays,
        @DefaultValue("8") int baselineWeeks,
        @DefaultValue("0.001") double maxProbability,
        @DefaultValue("5") int minCalls,
        @DefaultValue("3") int minCallers,
        @DefaultValue("0.25") double minWeeklyRate) {

    HotspotRule rule() {
        return new HotspotRule(windowDays, baselineWeeks, maxProbability, minCalls, minCallers, minWeeklyRate);
    }
}
