package cn.huiyin.reporting.hotspots.application;

import cn.huiyin.events.Category;
import cn.huiyin.events.HotspotDetected;
import java.time.Instant;

/** A hotspot as the API shows it: the event's fields and the category's Chinese label (住房保障). */
public record HotspotView(String hotspotId, String regionCode, String countyCode, Category category,
        String categoryLabel, Instant windowStart, Instant windowEnd, int observed, double baseline,
        double probability, int distinctCallers, Instant detectedAt) {

    static HotspotView of(HotspotDetected hotspot) {
        return new HotspotView(hotspot.hotspotId(), hotspot.regionCode(), hotspot.countyCode(), hotspot.category(),
                hotspot.category().label(), hotspot.windowStart(), hotspot.windowEnd(), hotspot.observed(),
                hotspot.baseline(), hotspot.probability(), hotspot.distinctCallers(), hotspot.detectedAt());
    }
}
