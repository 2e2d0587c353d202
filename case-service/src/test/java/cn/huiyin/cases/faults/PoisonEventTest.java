package cn.huiyin.cases.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.Topics;
import cn.huiyin.local.dlq.DeadLetter;
import cn.huiyin.local.dlq.DeadLetterBox;
import cn.huiyin.testkit.EmbeddedPlatform;
import cn.huiyin.testkit.RawRecords;
import cn.huiyin.testkit.TopicProbe;

import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 9 (4): a poison event lands on {@code case-received.case-service.dlq} with its reason while the partition
 * keeps flowing, and {@code huiyin dlq replay} re-drives a dead letter after a fix, applying it exactly once.
 */
@CaseServiceTest
class PoisonEventTest {

    static final String DLQ = Topics.dlq(Topics.CASE_RECEIVED, "case-service");

    @Autowired
    JsonMapper json;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    DeadLetterBox deadLetters;

    @BeforeEach
    void openTheDeadLetterBox() {
        deadLetters = new DeadLetterBox(EmbeddedPlatform.get().kafkaBootstrapServers());
    }

    @AfterEach
    void close() {
        deadLetters.close();
    }

    @Test
    void deadLettersAnImpossibleCallWithItsReasonWhileTheCallsBehindItAreApplied() {
        CaseReceived call = Calls.anAppealFromWeining().event();
        // valid JSON of a transferred call in a five-digit "county": no county-level unit can take it
        ObjectNode impossible = (ObjectNode) json.valueToTree(call);
        impossible.put("countyCode", "52052");
        CloudEventAttributes poison = attributesOf(call);
        double before = deadLettered();

        try (TopicProbe dlq = TopicProbe.on(DLQ)) {
            RawRecords.send(Topics.CASE_RECEIVED, call.callId(), json.writeValueAsString(impossible), poison.toHeaders());
            // intake re-publishes the corrected call: same key, so the same partition, behind the poison
            publish(call, attributesOf(call));

            ConsumerRecord<String, byte[]> dead = dlq.await(r -> poison.id().equals(TopicProbe.header(r, "ce_id")), 1,
                    Duration.ofSeconds(60)).get(0);
            assertThat(TopicProbe.header(dead, "x-exception-message")).contains("countyCode", "52052");
            assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo(Topics.CASE_RECEIVED);
            awaitCases(call, 1);
            assertThat(deadLettered()).as("huiyin_events_dead_lettered_total").isGreaterThanOrEqualTo(before + 1);

            // listed with its reason; replayed unchanged it is still poison: back on the DLQ, never applied
            DeadLetter letter = deadLetters.list(DLQ, null).stream().filter(l -> poison.id().equals(l.ceId()))
                    .findFirst().orElseThrow();
            assertThat(letter.reason()).contains("countyCode");
            assertThat(deadLetters.replay(DLQ, letter.partition(), letter.offset(), false)).hasSize(1);
            assertThat(dlq.await(r -> letter.address().equals(TopicProbe.header(r, "x-huiyin-replayed-from")), 1,
                    Duration.ofSeconds(60))).hasSize(1);
        }
        assertThat(deadLetters.replay(DLQ, letter(poison).partition(), letter(poison).offset(), false))
                .as("a dead letter is replayed once").isEmpty();
        awaitCases(call, 1);
    }

    @Test
    void replaysADeadLetterOnceItsCauseIsRepairedAndAppliesItExactlyOnce() {
        // a call of 2019 in 纳雍县 (520525): no other test numbers cases of that county and year
        CaseReceived call = Calls.anAppealFromWeining().inCounty("520525")
                .receivedAt(Instant.parse("2019-06-03T02:00:00Z")).event();
        // the case-number counter of 520525-2019 was corrupted by hand: every case of it fails to get a number
        mongo.upsert(Query.query(Criteria.where("_id").is("520525-2019")), Update.update("last", "broken"),
                "case_counters").block();
        CloudEventAttributes attributes = attributesOf(call);

        try (TopicProbe dlq = TopicProbe.on(DLQ)) {
            publish(call, attributes);
            assertThat(dlq.await(r -> attributes.id().equals(TopicProbe.header(r, "ce_id")), 1,
                    Duration.ofSeconds(60))).hasSize(1);
        }
        awaitCases(call, 0);

        // the fix: the counter is repaired; then the dead letter is re-driven
        mongo.upsert(Query.query(Criteria.where("_id").is("520525-2019")), Update.update("last", 7L),
                "case_counters").block();
        DeadLetter letter = letter(attributes);
        assertThat(letter.reason()).isNotBlank();
        List<DeadLetter> replayed = deadLetters.replay(DLQ, letter.partition(), letter.offset(), false);

        assertThat(replayed).extracting(DeadLetter::ceId).containsExactly(attributes.id());
        awaitCases(call, 1);
        Document opened = mongo.findById(CaseOpening.caseIdOf(call.callId()), Document.class, "cases").block();
        assertThat(opened.get("data", Document.class).getString("caseNumber")).isEqualTo("520525-2019-00008");
        // a second replay sends nothing, and the same event sent again is not applied twice
        assertThat(deadLetters.replay(DLQ, letter.partition(), letter.offset(), false)).isEmpty();
        publish(call, attributes);
        try (TopicProbe assigned = TopicProbe.on(Topics.CASE_ASSIGNED)) {
            assertThat(assigned.drain(r -> CaseOpening.caseIdOf(call.callId()).equals(r.key()),
                    Duration.ofSeconds(5))).hasSize(1);
        }
        awaitCases(call, 1);
        assertThat(letter(attributes).replayed()).isTrue();
    }

    private DeadLetter letter(CloudEventAttributes attributes) {
        return deadLetters.list(DLQ, null).stream()
                .filter(l -> attributes.id().equals(l.ceId()) && l.originalTopic().equals(Topics.CASE_RECEIVED))
                .findFirst().orElseThrow();
    }

    private void publish(CaseReceived call, CloudEventAttributes attributes) {
        RawRecords.send(Topics.CASE_RECEIVED, call.callId(), json.writeValueAsString(call), attributes.toHeaders());
    }

    private static CloudEventAttributes attributesOf(CaseReceived call) {
        return CloudEventAttributes.of(EventContracts.CASE_RECEIVED, call.callId(),
                CloudEventAttributes.sourceOf("intake-service"), Instant.now());
    }

    private void awaitCases(CaseReceived call, long count) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                mongo.count(Query.query(Criteria.where("data.callId").is(call.callId())), "cases").block())
                .isEqualTo(count));
    }

    private double deadLettered() {
        return meters.get("huiyin.events.dead.lettered").tag("topic", Topics.CASE_RECEIVED)
                .tag("group", "case-service").counter().count();
    }
}
