package cn.huiyin.reporting.projections.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.local.testkit.EmbeddedPlatform;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.model.BucketKey;
import cn.huiyin.reporting.projections.model.Counters;
import cn.huiyin.reporting.projections.model.Entry;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Month buckets follow their days in rounds, once per dirty month, and catch up after a crash. */
class MonthRollupsTest {

    private static final RegionRegistry REGIONS = RegionRegistry.loadDefault();
    private static final String WEINING = "520526";
    private static final YearMonth MARCH = YearMonth.of(2020, 3);
    private static MongoClient client;

    private ReactiveMongoTemplate mongo;
    private MeterRegistry meters;
    private MonthRollups rollups;
    private BucketStore buckets;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedPlatform.get().mongoUri());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void emptyDatabase() {
        mongo = new ReactiveMongoTemplate(client, "month-rollups");
        mongo.getMongoDatabase().flatMap(db -> Mono.from(db.drop())).block();
        meters = new SimpleMeterRegistry();
        rollups = new MonthRollups(mongo, meters);
        buckets = new BucketStore(mongo, REGIONS, rollups);
        buckets.ensureIndexes().block();
    }

    @Test
    void sumsABurstOfEntriesIntoAMonthWithOneWrite() {
        putCalls(MARCH, 0, 90);

        assertThat(month(MARCH)).isNull();
        assertThat(rollups.pending()).isEqualTo(1);

        rollups.flush().block();

        Document month = month(MARCH);
        assertThat(month.get("v", Number.class).longValue()).isEqualTo(1);
        assertThat(totals(month)).isEqualTo(Map.of(Counters.CALLS, 90L, Counters.CASES, 45L)).isEqualTo(sumOfDays(MARCH));
        assertThat(rollups.pending()).isZero();
        assertThat(meters.counter("huiyin.reporting.month.rollups", "outcome", "written").count()).isEqualTo(1);
    }

    @Test
    void writesAMonthOnlyWhenOneOfItsDaysChanged() {
        putCalls(MARCH, 0, 10);
        rollups.flush().block();

        putCalls(MARCH, 0, 10);
        rollups.flush().block();

        assertThat(month(MARCH).get("v", Number.class).longValue()).isEqualTo(1);
        assertThat(meters.counter("huiyin.reporting.month.rollups", "outcome", "current").count()).isEqualTo(1);

        putCalls(MARCH, 10, 11);
        rollups.flush().block();

        assertThat(month(MARCH).get("v", Number.class).longValue()).isEqualTo(2);
        assertThat(totals(month(MARCH))).isEqualTo(sumOfDays(MARCH)).containsEntry(Counters.CALLS, 11L);
    }

    @Test
    void writesAMonthAtMostOncePerRoundWhileEntriesKeepComing() {
        Duration interval = Duration.ofMillis(100);
        PeriodicTask rounds = new PeriodicTask("month rollup", interval, rollups::flush);
        rounds.start();
        try {
            long started = System.nanoTime();
            putCalls(MARCH, 0, 150);
            await().atMost(Duration.ofSeconds(30)).until(() -> rollups.pending() == 0);
            long elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis();

            Document month = month(MARCH);
            assertThat(totals(month)).isEqualTo(sumOfDays(MARCH)).containsEntry(Counters.CALLS, 150L);
            assertThat(month.get("v", Number.class).longValue()).isLessThan(150)
                    .isLessThanOrEqualTo(elapsed / interval.toMillis() + 2);
        } finally {
            rounds.stop();
        }
    }

    @Test
    void aMonthMarkedAgainWhileItIsSummedIsSummedAgain() {
        DirtyMonths dirty = new DirtyMonths();
        BucketKey day = new BucketKey(WEINING, MARCH.atDay(3));
        dirty.mark(day, 1);
        var taken = dirty.snapshot().get(0);

        dirty.mark(day, 2);
        dirty.summed(taken.getKey(), taken.getValue());

        assertThat(dirty.size()).isEqualTo(1);
        assertThat(dirty.snapshot().get(0).getValue().dayVersions()).isEqualTo(Map.of("03", 2L));
    }

    @Test
    void bringsTheMonthsUpToDateAfterACrashLostTheirMarks() {
        YearMonth april = MARCH.plusMonths(1);
        YearMonth may = MARCH.plusMonths(2);
        putCalls(MARCH, 0, 20);
        putCalls(may, 0, 5);
        rollups.flush().block();
        putCalls(MARCH, 20, 30);
        putCalls(april, 0, 7);
        assertThat(rollups.pending()).isEqualTo(2);

        // the process dies with March and April dirty; the next one starts with no marks
        MonthRollups restarted = new MonthRollups(mongo, new SimpleMeterRegistry());
        assertThat(restarted.pending()).isZero();

        assertThat(restarted.reconcile().block()).isEqualTo(2);
        restarted.flush().block();

        assertThat(totals(month(MARCH))).isEqualTo(sumOfDays(MARCH)).containsEntry(Counters.CALLS, 30L);
        assertThat(totals(month(april))).isEqualTo(sumOfDays(april)).containsEntry(Counters.CALLS, 7L);
        assertThat(month(may).get("v", Number.class).longValue()).isEqualTo(1);
        assertThat(restarted.pending()).isZero();
    }

    @Test
    void reconcilesOnItsFirstRound() {
        putCalls(MARCH, 0, 4);

        new MonthRollups(mongo, new SimpleMeterRegistry()).flush().block();

        assertThat(totals(month(MARCH))).isEqualTo(sumOfDays(MARCH)).containsEntry(Counters.CALLS, 4L);
    }

    /** Calls {@code from} to {@code to} (exclusive) of the month, spread over its days; every other one a case. */
    private void putCalls(YearMonth month, int from, int to) {
        Flux.range(from, to - from).concatMap(i -> {
            LocalDate day = month.atDay(1 + i % month.lengthOfMonth());
            Map<String, Long> counts = i % 2 == 0 ? Map.of(Counters.CALLS, 1L, Counters.CASES, 1L)
                    : Map.of(Counters.CALLS, 1L);
            return buckets.put(new Entry(Entry.callKey("c" + i), new BucketKey(WEINING, day), counts), 1);
        }).blockLast();
    }

    private Document month(YearMonth month) {
        return mongo.findById(BucketKey.monthId(WEINING, month), Document.class, BucketStore.MONTHS).block();
    }

    private Map<String, Object> sumOfDays(YearMonth month) {
        List<String> ids = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .map(day -> BucketKey.dayId(WEINING, day)).toList();
        Document sum = new Document();
        buckets.days(ids).doOnNext(day -> Totals.add(sum, day.get("totals", Document.class))).blockLast();
        return Map.copyOf(sum);
    }

    private static Map<String, Object> totals(Document bucket) {
        return Map.copyOf(bucket.get("totals", Document.class));
    }
}
