package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.events.CloudEventHeaders;
import cn.huiyin.intake.IntakeApplication;
import cn.huiyin.testkit.EmbeddedPlatformInitializer;
import cn.huiyin.testkit.KafkaOnPort;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.TopicProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls keep being accepted while Kafka is down; every one of their events arrives once it is back. */
@SpringBootTest(classes = IntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "huiyin.vault.keys.test1=fFnRT8V6j4Mn1S4kC5rkRU2cBq0vyDjtBSyfKJnHAY0=",
            "huiyin.vault.active-key=test1",
            "huiyin.vault.hmac-key=j10cDQJtaHird7+4kOwjkd6tubbwAz2sOOy+q7jL5K8=",
            "huiyin.outbox.sweep-interval=500ms",
            "huiyin.outbox.grace=1s",
            // a database of its own: this context's relay must not sweep the other tests' calls
            "spring.mongodb.database=huiyin-intake-kafka-down"})
// closed after the class: its producer would keep calling the stopped broker
@DirtiesContext
@ContextConfiguration(initializers = AcceptWhileKafkaIsDownTest.KafkaNotThereYet.class)
@AutoConfigureWebTestClient(timeout = "PT30S")
class AcceptWhileKafkaIsDownTest {

    static final KafkaOnPort LATE_KAFKA = KafkaOnPort.reserve();

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
    void deliversEveryAcceptedCallOnceKafkaIsBack() {
        List<String> callIds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            callIds.add((String) web.post().uri("/api/v1/calls")
                    .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("calls:write").bearer())
                    .bodyValue(Calls.anAppealFromWeining().body())
                    .exchange().expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("callId"));
        }
        for (String callId : callIds) {
            Document stored = mongo.findById(callId, Document.class, "calls").block();
            assertThat(stored.getList("outbox", Document.class)).hasSize(1);
        }

        LATE_KAFKA.start();

        try (TopicProbe probe = TopicProbe.on(LATE_KAFKA.bootstrapServers(), "case-received")) {
            probe.await(r -> callIds.contains(r.key()), callIds.size(), Duration.ofSeconds(90));
            // at least once: a send the producer still held when Kafka came back and the relay's retry of the same
            // outbox entry may both arrive; they carry one ce_id, on which every consumer drops the copy
            Map<String, Set<String>> eventIdsByCall = probe.drain(r -> callIds.contains(r.key()), Duration.ofSeconds(3))
                    .stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                            Collectors.mapping(r -> TopicProbe.header(r, CloudEventHeaders.ID), Collectors.toSet())));
            assertThat(eventIdsByCall.keySet()).containsExactlyInAnyOrderElementsOf(callIds);
            assertThat(eventIdsByCall.values()).allSatisfy(eventIds -> assertThat(eventIds).hasSize(1));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                mongo.count(Query.query(Criteria.where("outbox.time").exists(true)), "calls").block()).isZero());
    }

    @AfterAll
    static void stopLateKafka() throws Exception {
        LATE_KAFKA.close();
    }
}
