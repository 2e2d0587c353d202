package cn.huiyin.reporting.hotspots.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.Category;
import cn.huiyin.events.HotspotDetected;
import cn.huiyin.reporting.hotspots.application.Hotspots;
import cn.huiyin.testkit.HuiyinServiceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** A surge is raised once per place and category while its windows overlap, and a half-done raise completes. */
@HuiyinServiceTest
class HotspotStoreTest {

    @Autowired
    Hotspots hotspots;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void raisesASurgeOnceWhileItsWindowsOverlapAndAgainAfterwards() {
        Instant start = Instant.parse("2035-03-05T16:00:00Z");

        assertThat(hotspots.raise(hotspot("520526102", start)).block()).isTrue();
        assertThat(hotspots.raise(hotspot("520526102", start)).block()).as("the same hotspot again").isFalse();
        assertThat(hotspots.raise(hotspot("520526102", start.plus(3, ChronoUnit.DAYS))).block())
                .as("the surge's next days").isFalse();
        assertThat(hotspots.raise(hotspot("520526102", start.plus(7, ChronoUnit.DAYS))).block())
                .as("a window after the first one").isTrue();
    }

    @Test
    void completesAHotspotWhoseClaimWasWrittenBeforeACrash() {
        Instant start = Instant.parse("2035-03-05T16:00:00Z");
        HotspotDetected hotspot = hotspot("520526103", start);
        mongo.insert(new Document("_id", "520526103:HOUSING_SECURITY")
                .append("until", Date.from(hotspot.windowEnd())).append("hotspotId", hotspot.hotspotId()),
                HotspotStore.CLAIMS).block();

        assertThat(hotspots.raise(hotspot).block()).isTrue();
        assertThat(hotspots.overlapping(List.of("520526103"), start, start.plus(7, ChronoUnit.DAYS))
                .map(HotspotDetected::hotspotId).collectList().block()).containsExactly(hotspot.hotspotId());
    }

    private static HotspotDetected hotspot(String township, Instant start) {
        String day = start.plus(8, ChronoUnit.HOURS).toString().substring(0, 10);
        return new HotspotDetected(township + ":HOUSING_SECURITY:" + day, township, "520526",
                Category.HOUSING_SECURITY, start, start.plus(7, ChronoUnit.DAYS), 9, 1.0, 1e-6, 5,
                start.plus(6, ChronoUnit.DAYS));
    }
}
