package cn.huiyin.monitoring.faults;

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
import cn.huiyin.monitoring.support.Households;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9 (5), monitoring: a call, a verification and a callback about one family, each delivered two to five times
 * and in reverse order across the three topics, give the family the same signals and the same risk as one ordered
 * delivery gives its twin.
 */
@MonitoringServiceTest
class RedeliveredSignalsTest {

    static final String OFFICE = Tokens.scopes("households:read", "households:write").regions("52").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    JsonMapper json;

    @Autowired
    ReactiveMongoTemplate mongo;

    /** One event as case-service or intake published it, with its own ce_id. */
    record Sent(EventContract<?> contract, String key, Record event, CloudEventAttributes attributes) {
    }

    @Test
    void duplicatedAndReorderedCaseEventsGiveAFamilyTheSameSignalsAndRisk() {
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Households twin = registered();
        Households scrambled = registered();

        for (Sent sent : historyOf(twin, at)) {
            send(sent);
            awaitSignals(twin, historyOf(twin, at).indexOf(sent) + 1);
        }
        send(scrambled(historyOf(scrambled, at), new Random(5)));
        awaitSignals(scrambled, 3);

        JsonNode expected = risk(twin);
        JsonNode actual = risk(scrambled);
        assertThat(actual.get("score")).isEqualTo(expected.get("score"));
        assertThat(actual.get("level")).isEqualTo(expected.get("level"));
        assertThat(actual.get("factors")).isEqualTo(expected.get("factors"));
        assertThat(expected.get("factors").toString()).contains("ILLNESS", "UNSAFE_HOUSING", "NO_SAFE_WATER");
    }

    /** The history of one family; the same events (and ce_ids) every time it is asked for. */
    private List<Sent> historyOf(Households h, Instant at) {
        String callId = UUID.nameUUIDFromBytes(("call:" + h.id()).getBytes()).toString();
        String caseId = UUID.nameUUIDFromBytes(("case:" + h.id()).getBytes()).toString();
        CaseReceived call = new CaseReceived(callId, "HY520526-20240305-000011", at, Channel.PHONE, CallType.APPEAL,
                Disposition.TRANSFER, List.of(Category.MEDICAL_ASSISTANCE), CaseReceived.Classification.byCaller(),
                "520526211", "520526211", "520526", "5205", "52", h.callerRef(), "138****0000", false, null,
                "家里有人住院，费用太高了");
        CaseVerified report = new CaseVerified(caseId, callId, "HY520526-20240305-000011", "520526211", "520526",
                List.of(Category.HOUSING_SECURITY), Department.HOUSING_CONSTRUCTION, List.of(), Substantiation.YES,
                List.of(Nature.FUNDS_DELAYED), "房屋墙体开裂，属C级危房", Resolution.IN_PROGRESS,
                ReportedSatisfaction.BASICALLY_SATISFIED, true, h.id(), h.callerRef(), at.plusSeconds(3600),
                at.plus(25, ChronoUnit.DAYS), at.plusSeconds(7200), false, 0);
        CallbackCompleted callback = new CallbackCompleted(caseId, callId, "HY520526-20240305-000011", "520526211",
                "520526", List.of(Category.DRINKING_WATER), CallbackResult.UNSATISFIED, null, 1, false, true,
                at.plusSeconds(10800), h.callerRef());
        return List.of(sent(EventContracts.CASE_RECEIVED, callId, call, at),
                sent(EventContracts.CASE_VERIFIED, caseId, report, at.plusSeconds(7200)),
                sent(EventContracts.CALLBACK_COMPLETED, caseId, callback, at.plusSeconds(10800)));
    }

    private static <T extends Record> Sent sent(EventContract<T> contract, String key, T event, Instant time) {
        String id = UUID.nameUUIDFromBytes((contract.ceType() + ":" + key).getBytes()).toString();
        return new Sent(contract, key, event, new CloudEventAttributes(id, contract.ceType(),
                CloudEventAttributes.sourceOf("case-service"), time, key));
    }

    /** Newest first, then one to four more copies of each, shuffled: two to five deliveries of every event. */
    private static List<Sent> scrambled(List<Sent> history, Random random) {
        List<Sent> deliveries = new ArrayList<>(history);
        Collections.reverse(deliveries);
        List<Sent> again = new ArrayList<>();
        for (Sent sent : history) {
            for (int copy = 1 + random.nextInt(4); copy > 0; copy--) {
                again.add(sent);
            }
        }
        Collections.shuffle(again, random);
        deliveries.addAll(again);
        return deliveries;
    }

    private void send(List<Sent> deliveries) {
        deliveries.forEach(this::send);
    }

    private void send(Sent sent) {
        RawRecords.send(sent.contract().topic(), sent.key(), json.writeValueAsString(sent.event()),
                sent.attributes().toHeaders());
    }

    private Households registered() {
        Households h = Households.aFamilyFromWeining();
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.body()).exchange().expectStatus().isCreated();
        return h;
    }

    private void awaitSignals(Households h, long count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> signalsOf(h) >= count);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).until(() -> signalsOf(h) == count);
    }

    private long signalsOf(Households h) {
        return mongo.count(Query.query(Criteria.where("householdId").is(h.id())), "signals").block();
    }

    private JsonNode risk(Households h) {
        byte[] body = web.get().uri("/api/v1/households/{id}/risk", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return json.readTree(body);
    }
}
