package cn.huiyin.chassis.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.chassis.sample.Reminder;
import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.events.CloudEventHeaders;
import cn.huiyin.testkit.EmbeddedPlatformInitializer;
import cn.huiyin.testkit.KafkaOnPort;
import cn.huiyin.testkit.TopicProbe;
import cn.huiyin.testkit.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service points at a Kafka address where no broker runs yet. Calls are acknowledged all the
 * same (their events wait in MongoDB); once a broker starts on that address, the relay delivers them.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sample.consumer.enabled=false", "spring.mongodb.database=chassis-kafka-down"})
// closed after the class: its producer would keep calling the stopped broker
@DirtiesContext
@ContextConfiguration(initializers = OutboxWhileKafkaIsDownTest.KafkaNotThereYet.class)
@AutoConfigureWebTestClient
class OutboxWhileKafkaIsDownTest {

    static final KafkaOnPort LATE_KAFKA = KafkaOnPort.reserve();

    /** The embedded platform's Mongo and keys, but a Kafka address where no broker runs yet. */
    static class KafkaNotThereYet extends EmbeddedPlatformInitializer {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            super.initialize(context);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("late-kafka", Map.of(
                    "spring.kafka.bootstrap-servers", LATE_KAFKA.bootstrapServers(),
                    "huiyin.outbox.max-block", "1s")));
        }
    }

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void deliversEventsAcceptedWhileKafkaWasDownOnceItIsBack() {
        List<String> caseIds = List.of("late-" + UUID.randomUUID(), "late-" + UUID.randomUUID());
        for (String caseId : caseIds) {
            web.post().uri("/api/v1/reminders")
                    .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:write").bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("caseId", caseId, "countyCode", "520526", "deadline", "2020-03-30T00:00:00Z"))
                    .exchange()
                    .expectStatus().isCreated();
        }
        for (String caseId : caseIds) {
            Reminder stored = mongo.findById(caseId, Reminder.class).block();
            assertThat(stored).isNotNull();
            assertThat(stored.outbox()).hasSize(1);
        }

        LATE_KAFKA.start();

        try (TopicProbe probe = TopicProbe.on(LATE_KAFKA.bootstrapServers(), "case-overdue")) {
            List<ConsumerRecord<String, byte[]>> delivered =
                    probe.await(r -> caseIds.contains(r.key()), 2, Duration.ofSeconds(90));
            assertThat(delivered).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(caseIds);
            assertThat(delivered).allSatisfy(r -> assertThat(TopicProbe.header(r, CloudEventHeaders.TYPE))
                    .isEqualTo("cn.huiyin.case.overdue.v1"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String caseId : caseIds) {
                assertThat(mongo.findById(caseId, Reminder.class).block().outbox()).isEmpty();
            }
            // and the sweep's marks of the emptied documents are gone
            assertThat(mongo.count(Query.query(Criteria.where("documentId").in(caseIds)), PendingMarks.COLLECTION)
                    .block()).isZero();
        });
    }

    @AfterAll
    static void stopLateKafka() throws Exception {
        LATE_KAFKA.close();
    }
}
