package cn.huiyin.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.RawRecords;
import cn.huiyin.testkit.TopicProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HuiyinServiceTest(classes = SampleApplication.class)
class DeadLetterTest {

    @Autowired
    MeterRegistry meters;

    double deadLettered() {
        return meters.get("huiyin.events.dead.lettered").tag("topic", "case-overdue").tag("group", "chassis-test")
                .counter().count();
    }

    @Test
    void sendsAPoisonMessageToTheDeadLetterTopicWithItsReason() {
        String key = "poison-" + UUID.randomUUID();
        Map<String, String> headers = CloudEventAttributes.of(EventContracts.CASE_OVERDUE, key,
                CloudEventAttributes.sourceOf("case-service"), Instant.now()).toHeaders();

        double before = deadLettered();
        try (TopicProbe dlq = TopicProbe.on("case-overdue.chassis-test.dlq")) {
            RawRecords.send("case-overdue", key, "{this is not json", headers);

            List<ConsumerRecord<String, byte[]>> dead = dlq.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(60));

            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).value())).isEqualTo("{this is not json");
            assertThat(TopicProbe.header(dead.get(0), "x-exception-message")).isNotBlank();
            assertThat(TopicProbe.header(dead.get(0), "x-original-topic")).isEqualTo("case-overdue");
            assertThat(TopicProbe.header(dead.get(0), "ce_id")).isEqualTo(headers.get("ce_id"));
            int originalPartition = java.nio.ByteBuffer.wrap(
                    dead.get(0).headers().lastHeader("x-original-partition").value()).getInt();
            assertThat(dead.get(0).partition()).as("the original partition").isEqualTo(originalPartition);
        }
        assertThat(deadLettered()).as("huiyin_events_dead_lettered_total").isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void namesTheRuleAValidJsonEventBrokeAsTheReason() {
        String key = "impossible-" + UUID.randomUUID();
        Map<String, String> headers = CloudEventAttributes.of(EventContracts.CASE_OVERDUE, key,
                CloudEventAttributes.sourceOf("case-service"), Instant.now()).toHeaders();
        String fiveDigitCounty = "{\"caseId\":\"" + key + "\",\"trackingNumber\":\"HY52052-20200305-000001\","
                + "\"countyCode\":\"52052\",\"stage\":\"OVERDUE\",\"deadline\":\"2020-03-30T00:00:00Z\","
                + "\"detectedAt\":\"2020-03-30T01:00:00Z\"}";
        try (TopicProbe dlq = TopicProbe.on("case-overdue.chassis-test.dlq")) {
            RawRecords.send("case-overdue", key, fiveDigitCounty, headers);

            List<ConsumerRecord<String, byte[]>> dead = dlq.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(60));

            assertThat(TopicProbe.header(dead.get(0), "x-exception-message"))
                    .contains("not a valid cn.huiyin.case.overdue.v1").contains("countyCode")
                    .doesNotContain("cannot be cast");
        }
    }

    @Test
    void sendsAnEventWithoutCloudEventsHeadersToTheDeadLetterTopic() {
        String key = "headless-" + UUID.randomUUID();
        Map<String, String> headers = new LinkedHashMap<>(Map.of("content-type", "application/json"));
        try (TopicProbe dlq = TopicProbe.on("case-overdue.chassis-test.dlq")) {
            RawRecords.send("case-overdue", key, "{\"caseId\":\"" + key + "\"}", headers);

            List<ConsumerRecord<String, byte[]>> dead = dlq.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(60));

            assertThat(dead).hasSize(1);
            assertThat(TopicProbe.header(dead.get(0), "x-exception-message")).isNotBlank();
        }
    }
}
