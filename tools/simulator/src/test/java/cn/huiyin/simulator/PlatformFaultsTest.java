package cn.huiyin.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.local.platform.LocalMongo;
import cn.huiyin.testkit.EmbeddedPlatform;
import cn.huiyin.testkit.KafkaOnPort;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

import org.bson.Document;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The four services as processes on a Kafka broker and a MongoDB of this test's own, which it stops and
 * starts again, and a service it kills as a crash would. After each fault, every call the hotline was told
 * was accepted must be stored exactly once by every consumer (read from their databases) and counted exactly
 * once by the reports.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFaultsTest {

    /** A second replica of reporting-service: the same application id, topics and database, half the partitions. */
    static final String SECOND_REPORTING = "reporting-service-2";
    /** A reporting-service of its own that nobody kills: the figures the two replicas must agree with. */
    static final String REFERENCE = "reporting-reference";

    static KafkaOnPort kafka;
    static int mongoPort;
    static Path mongoDir;
    static LocalMongo mongo;
    static ServiceProcesses services;
    static CallDesk hotline;
    /** Reads what the services stored; reconnects by itself after the MongoDB outage. */
    static MongoClient stored;

    @BeforeAll
    static void startThePlatformAndTheServices() throws Exception {
        Path work = Files.createTempDirectory("huiyin-faults");
        kafka = KafkaOnPort.reserve().start();
        mongoPort = freePort();
        mongoDir = work.resolve("mongo");
        mongo = LocalMongo.start(mongoDir, mongoPort);
        stored = MongoClients.create("mongodb://127.0.0.1:" + mongoPort);
        Map<String, Object> properties = new LinkedHashMap<>(EmbeddedPlatform.get().springProperties());
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("spring.cloud.stream.kafka.binder.brokers", kafka.bootstrapServers());
        properties.put("spring.mongodb.uri", "mongodb://127.0.0.1:" + mongoPort);
        properties.put("huiyin.outbox.sweep-interval", "1s");
        services = ServiceProcesses.start(properties, work);
        services.startInstance(SECOND_REPORTING, "reporting-service", Map.of());
        services.awaitHealthy(Duration.ofMinutes(6));
        String token = EmbeddedPlatform.get().tokens().mint("faults-hotline", List.of("calls:write", "cases:read",
                "reports:read"), List.of("52"), Duration.ofHours(1));
        hotline = new CallDesk(services, token);
        hotline.registerHouseholds(EmbeddedPlatform.get().tokens().mint("faults-monitoring-office", List.of(),
                List.of("monitoring-office"), List.of("52"), Duration.ofHours(1)));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (services != null) {
            services.close();
        }
        if (stored != null) {
            stored.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void everyCallAcceptedWhileKafkaIsDownReachesEveryConsumerExactlyOnce() throws Exception {
        int sentBefore = hotline.accepted().size();
        kafka.close();

        int accepted = hotline.callFor(Duration.ofSeconds(30), "2021-03-10", 4);
        kafka.start();
        long kafkaBack = System.nanoTime();

        assertThat(accepted).as("calls accepted while Kafka was down").isGreaterThanOrEqualTo(60);
        awaitCounted(accepted, "2021-03");
        System.out.printf("Kafka down for 30 s: %d calls accepted, all counted %d s after Kafka returned%n", accepted,
                caughtUpAfter(kafkaBack));
        List<CallDesk.SentCall> sentWhileDown = hotline.accepted().subList(sentBefore, sentBefore + accepted);
        await("case-service and monitoring-service stored every call").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> assertStoredOnce(sentWhileDown));
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertStoredOnce(hotline.accepted()));
        assertThat(hotline.deadLettered()).as("dead letters").isZero();
    }

    @Test
    @Order(2)
    void aReportingReplicaKilledMidStreamLeavesTheFiguresOfOneThatWasNot() throws Exception {
        assertThat(hotline.appliedBy("reporting-service")).as("events applied by the first replica").isPositive();
        assertThat(hotline.appliedBy(SECOND_REPORTING)).as("events applied by the second replica").isPositive();
        AtomicLong countedAtKill = new AtomicLong(-1);
        CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
            try {
                // mid-stream: once the report has counted some of this month's calls, not at a guessed moment
                await("reporting-service is counting the stream").atMost(Duration.ofMinutes(1))
                        .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                        .until(() -> hotline.reportedCalls("2021-04") >= 8);
                countedAtKill.set(hotline.reportedCalls("2021-04"));
                services.kill("reporting-service");
                // down for a while (a deliberate outage, not a wait), while the hotline keeps calling
                Thread.sleep(2_000);
                services.restart("reporting-service", Duration.ofMinutes(3));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });

        int accepted = hotline.callFor(Duration.ofSeconds(20), "2021-04-12", 4);
        killer.get(5, TimeUnit.MINUTES);

        assertThat(countedAtKill.get()).as("calls counted when the replica was killed").isPositive()
                .isLessThan(accepted);
        awaitCounted(accepted, "2021-04");
        System.out.printf("a reporting replica killed with %d of %d calls counted: all counted once%n",
                countedAtKill.get(), accepted);
        assertThat(hotline.byCounty("2021-04")).as("calls by county after the crash")
                .isEqualTo(hotline.sentByCounty("2021-04"));
        assertTheFiguresOfAReadModelBuiltWithoutCrashes();
    }

    /** A reference reporting-service reads every topic from the start into its own database, with no crash. */
    static void assertTheFiguresOfAReadModelBuiltWithoutCrashes() throws Exception {
        services.startInstance(REFERENCE, "reporting-service", Map.of(
                "huiyin.reporting.streams.application-id", "huiyin-reporting-reference",
                "huiyin.reporting.streams.sink-group", "huiyin-reporting-reference-sink",
                "huiyin.reporting.streams.buckets-topic", "reference-buckets",
                "huiyin.reporting.streams.facts-topic", "reference-facts",
                "spring.mongodb.database", "huiyin-reporting-reference"));
        services.awaitHealthy(Duration.ofMinutes(3));
        LocalDate from = LocalDate.parse("2021-03-01");
        LocalDate to = LocalDate.parse("2021-04-30");
        for (String region : List.of("52", "5205", "520526")) {
            await("the reference read model has every event (" + region + ")").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(hotline.summary(REFERENCE, region, from, to))
                            .isEqualTo(hotline.summary("reporting-service", region, from, to)));
            assertThat(hotline.summary(SECOND_REPORTING, region, from, to))
                    .isEqualTo(hotline.summary(REFERENCE, region, from, to));
        }
        assertThat(hotline.summary(REFERENCE, "52", from, to).path("calls").path("total").asLong())
                .as("calls in the reference").isEqualTo(hotline.reportedCalls("2021-03") + hotline.reportedCalls("2021-04"));
        services.discard(REFERENCE);
    }

    @Test
    @Order(3)
    void whileMongoIsDownIntakeAnswers503AndEverythingResumesByItself() throws Exception {
        int acceptedBefore = hotline.callFor(Duration.ofSeconds(3), "2021-05-20", 4);
        mongo.close();

        CallDesk.Answer refused = hotline.postOnce("2021-05-20");
        assertThat(refused.status()).as("a call while MongoDB is down").isEqualTo(503);
        assertThat(refused.retryAfter()).as("Retry-After").isNotBlank();
        assertThat(refused.contentType()).isEqualTo("application/problem+json");

        Thread.sleep(10_000); // the outage itself: MongoDB stays down this long
        mongo = LocalMongo.start(mongoDir, mongoPort);
        await("intake accepts calls again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> hotline.postOnce("2021-05-20").status() == 201);
        int acceptedAfter = hotline.callFor(Duration.ofSeconds(3), "2021-05-20", 4);

        // the refused call is not counted; the one accepted by the await and those before and after are
        awaitCounted(acceptedBefore + 1 + acceptedAfter, "2021-05");
        await("every call stored once after the outage").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> assertStoredOnce(hotline.accepted()));
        System.out.printf("MongoDB down for 10 s: answered %d with Retry-After %s; %d calls before and %d after, all counted%n",
                refused.status(), refused.retryAfter(), acceptedBefore, acceptedAfter + 1);
        assertThat(hotline.deadLettered()).as("events dead-lettered during the outage").isZero();
    }

    /**
     * Exactly once, read from what the consumers stored rather than from their own counters: case-service holds one
     * case for each call and none for a call never sent, and monitoring-service one sign of risk of the caller's
     * household for each.
     */
    static void assertStoredOnce(List<CallDesk.SentCall> calls) {
        List<String> numbers = calls.stream().map(CallDesk.SentCall::trackingNumber).toList();
        Map<String, Long> cases = new HashMap<>();
        stored.getDatabase("huiyin-cases").getCollection("cases")
                .find(Filters.in("data.trackingNumber", numbers)).projection(Projections.include("data"))
                .forEach(c -> cases.merge(c.get("data", Document.class).getString("trackingNumber"), 1L,
                        Long::sum));
        assertThat(cases).as("cases stored per tracking number").hasSize(numbers.size())
                .allSatisfy((number, count) -> assertThat(count).as(number).isEqualTo(1L));
        Map<String, Long> signals = new HashMap<>();
        stored.getDatabase("huiyin-monitoring").getCollection("signals")
                .find(Filters.in("reference", calls.stream().map(c -> "call:" + c.callId()).toList()))
                .forEach(s -> signals.merge(s.getString("reference") + " " + s.getString("householdId"), 1L,
                        Long::sum));
        assertThat(signals).as("household signals stored per call")
                .containsExactlyInAnyOrderEntriesOf(calls.stream().collect(Collectors.toMap(
                        c -> "call:" + c.callId() + " " + CallDesk.householdOf(c.county()), c -> 1L)));
    }

    static void awaitCounted(int accepted, String month) {
        await("the report counts " + accepted + " calls in " + month).atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .untilAsserted(() -> assertThat(hotline.reportedCalls(month)).isEqualTo(accepted));
        // and keeps counting exactly that: nothing applied twice arrives late
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(hotline.reportedCalls(month)).isEqualTo(accepted));
    }

    static long caughtUpAfter(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
