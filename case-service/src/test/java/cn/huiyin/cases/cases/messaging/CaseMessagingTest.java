package cn.huiyin.cases.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.testkit.RawRecords;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** From {@code case-received} on Kafka to {@code case-verified} and {@code callback-completed} on Kafka. */
@CaseServiceTest
class CaseMessagingTest {

    static final String COUNTY = Tokens.scopes("cases:read", "cases:write").regions("520526").bearer();
    static final String DESK = Tokens.scopes("cases:read", "callbacks:write").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    JsonMapper json;

    @Autowired
    ReactiveMongoTemplate mongo;

    void publish(CaseReceived call, CloudEventAttributes attributes) {
        RawRecords.send("case-received", call.callId(), json.writeValueAsString(call), attributes.toHeaders());
    }

    static CloudEventAttributes attributesOf(CaseReceived call) {
        return CloudEventAttributes.of(EventContracts.CASE_RECEIVED, call.callId(),
                CloudEventAttributes.sourceOf("intake-service"), Instant.now());
    }

    String awaitCase(CaseReceived call) {
        String caseId = CaseOpening.caseIdOf(call.callId());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> web.get().uri("/api/v1/cases/{id}", caseId)
                .header(HttpHeaders.AUTHORIZATION, COUNTY).exchange().expectStatus().isOk());
        return caseId;
    }

    @Test
    void publishesVerificationAndCallbackOfACaseThatCameFromKafka() {
        CaseReceived call = Calls.anAppealFromWeining().event();
        publish(call, attributesOf(call));
        String caseId = awaitCase(call);

        web.post().uri("/api/v1/cases/{id}/acceptance", caseId).header(HttpHeaders.AUTHORIZATION, COUNTY)
                .bodyValue(Map.of("investigators", List.of("张三"))).exchange().expectStatus().isOk();
        web.post().uri("/api/v1/cases/{id}/verification", caseId).header(HttpHeaders.AUTHORIZATION, COUNTY)
                .bodyValue(Map.of("substantiated", "PARTLY", "natures", List.of("WORK_ERROR"), "resolution",
                        "EXPLAINED", "reportedSatisfaction", "BASICALLY_SATISFIED", "householdAtRisk", true))
                .exchange().expectStatus().isOk();
        web.post().uri("/api/v1/cases/{id}/callbacks", caseId).header(HttpHeaders.AUTHORIZATION, DESK)
                .bodyValue(Map.of("result", "UNSATISFIED")).exchange().expectStatus().isOk();

        try (TopicProbe verified = TopicProbe.on("case-verified");
                TopicProbe callbacks = TopicProbe.on("callback-completed");
                TopicProbe assigned = TopicProbe.on("case-assigned")) {
            JsonNode report = payload(verified.await(r -> caseId.equals(r.key()), 1, Duration.ofSeconds(30)));
            assertThat(report.get("substantiated").asString()).isEqualTo("PARTLY");
            assertThat(report.get("householdAtRisk").asBoolean()).isTrue();
            assertThat(report.get("countyCode").asString()).isEqualTo("520526");
            assertThat(report.get("trackingNumber").asString()).isEqualTo(call.trackingNumber());
            assertThat(report.get("leadDepartment").asString()).isEqualTo("HOUSING_CONSTRUCTION");
            JsonNode callback = payload(callbacks.await(r -> caseId.equals(r.key()), 1, Duration.ofSeconds(30)));
            assertThat(callback.get("result").asString()).isEqualTo("UNSATISFIED");
            assertThat(callback.get("caseReopened").asBoolean()).isTrue();
            assertThat(callback.get("attempt").asInt()).isEqualTo(1);
            assertThat(assigned.await(r -> caseId.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        }
    }

    @Test
    void makesOneCaseOfTheSameCallDeliveredTwice() {
        CaseReceived call = Calls.anAppealFromWeining().event();
        CloudEventAttributes attributes = attributesOf(call);
        publish(call, attributes);
        publish(call, attributes);
        // published again by intake's relay after a crash: a new ce_id for the same call
        publish(call, attributesOf(call));
        String caseId = awaitCase(call);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                mongo.count(Query.query(Criteria.where("data.callId").is(call.callId())), "cases").block())
                .isEqualTo(1));
        try (TopicProbe assigned = TopicProbe.on("case-assigned")) {
            assertThat(assigned.drain(r -> caseId.equals(r.key()), Duration.ofSeconds(5))).hasSize(1);
        }
    }

    private static JsonNode payload(List<ConsumerRecord<String, byte[]>> records) {
        assertThat(records).hasSize(1);
        return JsonMapper.builder().build().readTree(new String(records.get(0).value(), StandardCharsets.UTF_8));
    }
}
