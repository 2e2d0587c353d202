package cn.huiyin.monitoring.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.Department;
import cn.huiyin.events.Disposition;
import cn.huiyin.events.EventContract;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;
import cn.huiyin.testkit.RawRecords;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.TopicProbe;
import cn.huiyin.monitoring.support.Households;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

/** From each of the three hotline topics to {@code household-risk}, once per event. */
@MonitoringServiceTest
class SignalMessagingTest {

    static final String OFFICE = Tokens.scopes("households:read", "households:write").regions("52").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    JsonMapper json;

    @Autowired
    ReactiveMongoTemplate mongo;

    Households registered() {
        Households h = Households.aFamilyFromWeining();
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.body()).exchange().expectStatus().isCreated();
        return h;
    }

    <T extends Record> CloudEventAttributes publish(EventContract<T> contract, T event, String key,
            CloudEventAttributes attributes) {
        CloudEventAttributes sent = attributes != null ? attributes
                : CloudEventAttributes.of(contract, key, CloudEventAttributes.sourceOf("case-service"), Instant.now());
        RawRecords.send(contract.topic(), key, json.writeValueAsString(event), sent.toHeaders());
        return sent;
    }

    long signalsOf(String householdId) {
        return mongo.count(Query.query(Criteria.where("householdId").is(householdId)), "signals").block();
    }

    List<ConsumerRecord<String, byte[]>> riskEvents(String householdId, int count) {
        try (TopicProbe probe = TopicProbe.on("household-risk")) {
            return probe.await(r -> householdId.equals(r.key()), count, Duration.ofSeconds(30));
        }
    }

    static CaseReceived callOf(Households h, Category category) {
        String callId = UUID.randomUUID().toString();
        return new CaseReceived(callId, "HY520526-20240305-000001", Instant.now(), Channel.PHONE, CallType.APPEAL,
                Disposition.TRANSFER, List.of(category), CaseReceived.Classification.byCaller(), "520526211",
                "520526211", "520526", "5205", "52", h.callerRef(), "138****0000", false, null, "家里有人住院，费用太高了");
    }

    @Test
    void identifiesAHouseholdWhoseHeadCallsAboutHardship() {
        Households h = registered();
        CaseReceived call = callOf(h, Category.MEDICAL_ASSISTANCE);
        CloudEventAttributes first = publish(EventContracts.CASE_RECEIVED, call, call.callId(), null);
        publish(EventContracts.CASE_RECEIVED, call, call.callId(), first);

        await().atMost(Duration.ofSeconds(30)).until(() -> signalsOf(h.id()) >= 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> signalsOf(h.id()) == 1);
        web.get().uri("/api/v1/households/{id}/risk", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.factors").value(List.class, f -> assertThat(f).contains("ILLNESS"));
    }

    @Test
    void takesAVerificationThatFoundTheHouseholdAtRisk() {
        Households h = registered();
        String caseId = UUID.randomUUID().toString();
        CaseVerified report = new CaseVerified(caseId, UUID.randomUUID().toString(), "HY520526-20240305-000002",
                "520526211", "520526", List.of(Category.HOUSING_SECURITY), Department.HOUSING_CONSTRUCTION, List.of(),
                Substantiation.YES, List.of(Nature.FUNDS_DELAYED), "房屋墙体开裂，属C级危房", Resolution.IN_PROGRESS,
                ReportedSatisfaction.BASICALLY_SATISFIED, true, h.id(), h.callerRef(), Instant.now(), Instant.now(),
                Instant.now(), false, 0);
        publish(EventContracts.CASE_VERIFIED, report, caseId, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> signalsOf(h.id()) == 1);
        // registering the family (a disabled grandparent) made it LOW; the report of unsafe housing raises it
        List<ConsumerRecord<String, byte[]>> events = riskEvents(h.id(), 2);
        assertThat(events).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .allSatisfy(payload -> assertThat(payload).doesNotContain(h.idNumber()))
                .anySatisfy(payload -> assertThat(payload).contains("\"change\":\"LEVEL_CHANGED\"")
                        .contains("\"trigger\":{\"signalType\":\"VERIFICATION\"").contains("UNSAFE_HOUSING"));
    }

    @Test
    void aVerificationOfAnotherCountysCaseDoesNotRaiseTheHouseholdItNames() {
        Households weining = registered();
        String caseId = UUID.randomUUID().toString();
        CaseVerified report = new CaseVerified(caseId, UUID.randomUUID().toString(), "HY520502-20240305-000002",
                "520502", "520502", List.of(Category.HOUSING_SECURITY), Department.HOUSING_CONSTRUCTION, List.of(),
                Substantiation.YES, List.of(Nature.FUNDS_DELAYED), "房屋墙体开裂，属C级危房", Resolution.IN_PROGRESS,
                ReportedSatisfaction.BASICALLY_SATISFIED, true, weining.id(), weining.callerRef(), Instant.now(),
                Instant.now(), Instant.now(), false, 0);
        publish(EventContracts.CASE_VERIFIED, report, caseId, null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get()
                .uri("/api/v1/identification-queue?source=VERIFICATION")
                .header(HttpHeaders.AUTHORIZATION, OFFICE).exchange().expectStatus().isOk()
                .expectBody(String.class).value(queue -> assertThat(queue).contains("case:" + caseId)));
        assertThat(signalsOf(weining.id())).isZero();
    }

    @Test
    void takesAnUnsatisfiedCallbackOnAHardshipCase() {
        Households h = registered();
        String caseId = UUID.randomUUID().toString();
        CallbackCompleted callback = new CallbackCompleted(caseId, UUID.randomUUID().toString(),
                "HY520526-20240305-000003", "520526211", "520526", List.of(Category.DRINKING_WATER),
                CallbackResult.UNSATISFIED, null, 1, false, true, Instant.now(), h.callerRef());
        publish(EventContracts.CALLBACK_COMPLETED, callback, caseId, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> signalsOf(h.id()) == 1);
        web.get().uri("/api/v1/households/{id}/risk", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.factors").value(List.class, f -> assertThat(f).contains("NO_SAFE_WATER"));
    }

    @Test
    void keepsAnAtRiskReportOfAnUnknownHouseholdInTheIdentificationQueue() {
        String stranger = Households.aFamilyFromWeining().callerRef();
        String caseId = UUID.randomUUID().toString();
        CaseVerified report = new CaseVerified(caseId, UUID.randomUUID().toString(), "HY520526-20240305-000004",
                "520526211", "520526", List.of(Category.SOCIAL_SECURITY), Department.CIVIL_AFFAIRS, List.of(),
                Substantiation.YES, List.of(Nature.POLICY_NOT_IMPLEMENTED), "家中主要劳动力意外身故", Resolution.IN_PROGRESS,
                ReportedSatisfaction.SATISFIED, true, null, stranger, Instant.now(), Instant.now(), Instant.now(),
                false, 0);
        publish(EventContracts.CASE_VERIFIED, report, caseId, null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/v1/identification-queue?source=VERIFICATION")
                .header(HttpHeaders.AUTHORIZATION, OFFICE).exchange().expectStatus().isOk()
                .expectBody(String.class).value(queue -> assertThat(queue).contains("case:" + caseId)));
    }
}
