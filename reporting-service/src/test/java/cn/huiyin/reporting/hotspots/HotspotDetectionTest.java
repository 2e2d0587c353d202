package cn.huiyin.reporting.hotspots;

import static cn.huiyin.reporting.hotspots.HotspotCalls.aHousingCall;
import static cn.huiyin.reporting.hotspots.HotspotCalls.aSurge;
import static cn.huiyin.reporting.hotspots.HotspotCalls.aWeeklyCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.HotspotDetected;
import cn.huiyin.reporting.hotspots.application.Hotspots;
import cn.huiyin.reporting.seed.EventFeed;
import cn.huiyin.reporting.seed.Published;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Issue 19 §4: calls on {@code case-received} through the consumer to the day counters, one hotspot and one
 * {@code hotspot-detected} event. Each test has its own year, so they share the embedded platform.
 */
@HuiyinServiceTest
class HotspotDetectionTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Hotspots hotspots;

    @Autowired
    MeterRegistry meters;

    @Test
    void aPlantedSurgeRaisesExactlyOneHotspotAndPublishesItOnce() {
        LocalDate surge = LocalDate.of(2031, 3, 10);
        deliver(aWeeklyCall("p31", surge, 8));
        awaitCounted(2031, 8);

        try (TopicProbe published = TopicProbe.on("hotspot-detected")) {
            deliver(aSurge("p31", surge));
            awaitCounted(2031, 20);

            // the counters are written before the windows are judged: the hotspot follows them
            await().atMost(Duration.ofSeconds(30)).until(() -> !raisedIn(2031).isEmpty());
            List<HotspotDetected> raised = raisedIn(2031);
            assertThat(raised).hasSize(1);
            HotspotDetected hotspot = raised.get(0);
            assertThat(hotspot.regionCode()).isEqualTo(HotspotCalls.CAOHAI);
            assertThat(hotspot.countyCode()).isEqualTo(HotspotCalls.WEINING);
            assertThat(hotspot.hotspotId()).startsWith("520526100:HOUSING_SECURITY:2031-03-0");
            assertThat(hotspot.observed()).isGreaterThanOrEqualTo(6);
            assertThat(hotspot.distinctCallers()).isGreaterThanOrEqualTo(3);
            assertThat(hotspot.probability()).isLessThan(0.001);
            assertThat(published.await(record -> hotspot.hotspotId().equals(record.key()), 1, Duration.ofSeconds(30)))
                    .hasSize(1);
            assertThat(meters.get("huiyin.hotspots.detected").tag("county", "520526")
                    .tag("category", "HOUSING_SECURITY").counter().count()).isGreaterThanOrEqualTo(1.0);
            assertThat(published.drain(record -> record.key().startsWith("520526100:HOUSING_SECURITY:2031"),
                    Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void aSteadyStreamRaisesNoHotspot() {
        List<CaseReceived> calls = new ArrayList<>();
        LocalDate start = LocalDate.of(2032, 1, 5);
        for (int day = 0; day < 84; day++) {
            if (day % 7 == 1 || day % 7 == 4) {
                calls.add(aHousingCall("steady32-" + day, start.plusDays(day), 0, "caller-steady32-" + day));
            }
        }

        deliver(calls);
        awaitCounted(2032, calls.size());

        assertThat(raisedIn(2032)).isEmpty();
    }

    @Test
    void aSurgeInAFunctionalAreasTownshipIsRaisedUnderThatArea() {
        // 黄泥乡 is coded under 大方县 (520521219) but belongs to 百里杜鹃管理区 (520572): not a bad event
        LocalDate surge = LocalDate.of(2034, 4, 10);
        List<CaseReceived> calls = new ArrayList<>();
        for (int week = 8; week >= 1; week--) {
            calls.add(HotspotCalls.aHousingCallIn(HotspotCalls.HUANGNI, HotspotCalls.BAILI_DUJUAN, "hn34-w" + week,
                    surge.minusWeeks(week), 0, "caller-hn34-w" + week));
        }
        for (int i = 0; i < 12; i++) {
            calls.add(HotspotCalls.aHousingCallIn(HotspotCalls.HUANGNI, HotspotCalls.BAILI_DUJUAN, "hn34-s" + i,
                    surge.plusDays(i / 4), i, "caller-hn34-s" + (i % 8)));
        }
        deliver(calls);

        await().atMost(Duration.ofSeconds(60)).until(() -> !raised(HotspotCalls.HUANGNI, 2034).isEmpty());
        HotspotDetected hotspot = raised(HotspotCalls.HUANGNI, 2034).get(0);
        assertThat(hotspot.countyCode()).isEqualTo(HotspotCalls.BAILI_DUJUAN);
        assertThat(hotspot.hotspotId()).startsWith("520521219:HOUSING_SECURITY:2034-04-");
        // listed under the area, not under 大方县 whose code its township carries
        assertThat(raised(HotspotCalls.BAILI_DUJUAN, 2034)).hasSize(1);
        assertThat(raised("520521", 2034)).isEmpty();
    }

    @Test
    void aRedeliveredEventIsCountedOnce() {
        CaseReceived call = aHousingCall("again33", LocalDate.of(2033, 5, 6), 0, "caller-again33");
        Published once = published(call);

        EventFeed.publish(List.of(once, once, once));
        awaitCounted(2033, 1);

        // the copies arrive too: nothing more is counted once they are all consumed
        EventFeed.publish(List.of(published(aHousingCall("marker33", LocalDate.of(2033, 5, 7), 0, "caller-m33"))));
        awaitCounted(2033, 2);
        assertThat(countedIn(2033)).isEqualTo(2);
    }

    private static void deliver(List<CaseReceived> calls) {
        EventFeed.publish(calls.stream().map(HotspotDetectionTest::published).toList());
    }

    private static Published published(CaseReceived call) {
        CloudEventAttributes attributes = new CloudEventAttributes(
                UUID.nameUUIDFromBytes(call.callId().getBytes()).toString(), CaseReceived.TYPE,
                URI.create("urn:huiyin:hotspot-test"), call.receivedAt(), call.callId());
        return new Published(EventContracts.CASE_RECEIVED.topic(), call.callId(), attributes, call);
    }

    private void awaitCounted(int year, int calls) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> countedIn(year) >= calls);
        assertThat(countedIn(year)).isEqualTo(calls);
    }

    private long countedIn(int year) {
        Query township = Query.query(Criteria.where("regionCode").is(HotspotCalls.CAOHAI)
                .and("day").regex("^" + year + "-"));
        return mongo.find(township, Document.class, "hotspot_days")
                .map(day -> ((Number) day.get("calls")).longValue()).reduce(0L, Long::sum).block();
    }

    private List<HotspotDetected> raisedIn(int year) {
        return raised(HotspotCalls.CAOHAI, year);
    }

    private List<HotspotDetected> raised(String place, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8));
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8));
        return hotspots.overlapping(List.of(place), from, to).collectList().block();
    }
}
