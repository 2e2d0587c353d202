package cn.huiyin.reporting.hotspots.infrastructure;

import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.events.Category;
import cn.huiyin.events.HotspotDetected;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A raised hotspot and, until the relay has sent it, its event. */
@Document(HotspotDocument.COLLECTION)
public record HotspotDocument(
        @Id String id,
        String regionCode,
        String countyCode,
        Category category,
        Instant windowStart,
        Instant windowEnd,
        int observed,
        double baseline,
        double probability,
        int distinctCallers,
        Instant detectedAt,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "hotspots";

    static HotspotDocument of(HotspotDetected hotspot, List<OutboxEvent> outbox) {
        return new HotspotDocument(hotspot.hotspotId(), hotspot.regionCode(), hotspot.countyCode(),
                hotspot.category(), hotspot.windowStart(), hotspot.windowEnd(), hotspot.observed(),
                hotspot.baseline(), hotspot.probability(), hotspot.distinctCallers(), hotspot.detectedAt(), outbox);
    }

    HotspotDetected toEvent() {
        return new HotspotDetected(id, regionCode, countyCode, category, windowStart, windowEnd, observed, baseline,
                probability, distinctCallers, detectedAt);
    }
}
