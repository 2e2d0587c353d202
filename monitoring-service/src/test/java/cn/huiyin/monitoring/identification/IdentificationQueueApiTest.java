package cn.huiyin.monitoring.identification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.TopicProbe;
import cn.huiyin.monitoring.support.Decisions;
import cn.huiyin.monitoring.support.Households;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** 应纳尽纳 through the API: what enters the queue, what a decision does, and what no PUT can do any more. */
@MonitoringServiceTest
class IdentificationQueueApiTest {

    static final String OFFICE = Tokens.scopes("households:read", "households:write").withRoles("monitoring-office")
            .regions("5205").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    Households registered() {
        Households h = Households.aFamilyFromWeining();
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.body()).exchange().expectStatus().isCreated();
        return h;
    }

    String queue(String query) {
        return web.get().uri("/api/v1/identification-queue?region=520526" + query)
                .header(HttpHeaders.AUTHORIZATION, OFFICE).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void aPutCannotTakeAHouseholdIntoMonitoringNorClearItAndSaysWhichActDoes() {
        Households h = registered();

        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.with("status", "RISK_CLEARED").body()).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status")
                .jsonPath("$.errors[0].message").value(String.class, m -> assertThat(m).contains("/identification")
                        .contains("/risk-elimination"));
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.with("status", "MONITORED").with("monitoringType", "EDGE_OF_POVERTY").body()).exchange()
                .expectStatus().isBadRequest();
        web.get().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ALLEVIATED")
                .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void aSelfReportOfALowRiskEntersTheQueueUntilADecisionWithItsReasonClosesIt() {
        Households h = registered();
        web.post().uri("/api/v1/self-reports").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("regionCode", "520526211", "idNumber", h.idNumber(), "factors", List.of("DISASTER"),
                        "description", "冰雹毁坏部分庄稼"))
                .exchange().expectStatus().isCreated();

        assertThat(queue("")).contains(h.id()).contains("SELF_REPORT");
        assertThat(queue("&overdue=true")).doesNotContain(h.id());

        // sixteen days later, nobody has decided: past the 15-day limit
        mongo.updateFirst(Query.query(Criteria.where("_id").is(h.id())), new Update().set("pending.since",
                Date.from(Instant.now().minus(Duration.ofDays(16)))), "households").block();
        assertThat(queue("&overdue=true")).contains(h.id());

        Decisions.decide(web, OFFICE, h.id(), Map.of("decision", "NOT_IDENTIFY")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        Decisions.decide(web, OFFICE, h.id(), Map.of("decision", "NOT_IDENTIFY", "reason", "损失较小，收入稳定"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lastDecision.outcome").isEqualTo("NOT_IDENTIFY")
                .jsonPath("$.waitingForIdentification").doesNotExist();
        assertThat(queue("")).doesNotContain(h.id());
        Decisions.decide(web, OFFICE, h.id(), Map.of("decision", "NOT_IDENTIFY", "reason", "again"))
                .expectStatus().isEqualTo(409);
    }

    @Test
    void aWarningWaitingForAPersonWhoBecomesTheHeadPutsTheHouseholdInTheQueue() {
        Households h = registered();
        String newHead = Households.aFamilyFromWeining().idNumber();
        web.post().uri("/api/v1/warnings").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("batchId", "ea-" + java.util.UUID.randomUUID(), "warnings", List.of(Map.of("key", "1", "kind",
                        "EMERGENCY_MANAGEMENT", "idNumber", newHead, "regionCode", "520526211", "amount", 30000,
                        "date", LocalDate.now().minusDays(3).toString()))))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.unmatched").isEqualTo(1);
        assertThat(queue("")).doesNotContain(h.id());

        // the head died; the register names the new head, whom the warning was about
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.without("status").with("head", Map.of("name", "王六", "idNumber", newHead)).body())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.waitingForIdentification.cause").isEqualTo("DEPARTMENT_WARNING");
        assertThat(queue("")).contains(h.id());
    }

    @Test
    void anIdentificationIsPublishedAsV2WithItsTypeReasonsAndFirstSignal() {
        Households h = registered();
        web.post().uri("/api/v1/self-reports").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("regionCode", "520526211", "idNumber", h.idNumber(), "factors", List.of("ILLNESS"),
                        "description", "家人住院"))
                .exchange().expectStatus().isCreated();

        try (TopicProbe probe = TopicProbe.on("household-risk")) {
            Decisions.identify(web, OFFICE, h.id(), "SUDDEN_HARDSHIP", "ILLNESS");
            var events = probe.await(r -> h.id().equals(r.key())
                    && new String(r.value(), StandardCharsets.UTF_8).contains("\"IDENTIFIED\""), 1,
                    Duration.ofSeconds(30));
            String event = new String(events.get(0).value(), StandardCharsets.UTF_8);
            assertThat(new String(events.get(0).headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("cn.huiyin.household.risk-changed.v2");
            assertThat(event).contains("\"reasons\":[\"ILLNESS\"]").contains("\"monitoringType\":\"SUDDEN_HARDSHIP\"")
                    .contains("\"firstSignalAt\":\"");
        }
        assertThat(queue("")).doesNotContain(h.id());
        Decisions.decide(web, OFFICE, h.id(), Map.of("decision", "IDENTIFY", "monitoringType", "SUDDEN_HARDSHIP",
                "reasons", List.of("ILLNESS"))).expectStatus().isEqualTo(409);
    }

    @Test
    void onlyTheCountyOrAMonitoringOfficeDecidesNeverADepartmentOrScopesAlone() {
        Households h = registered();
        String department = Tokens.scopes("households:read", "households:write").withRoles("department")
                .regions("5205").bearer();
        String scopesAlone = Tokens.scopes("households:read", "households:write").regions("5205").bearer();
        Map<String, Object> identify = Map.of("decision", "IDENTIFY", "monitoringType", "EDGE_OF_POVERTY", "reasons",
                List.of("INCOME_DROP"));

        for (String token : List.of(department, scopesAlone)) {
            Decisions.decide(web, token, h.id(), identify).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("county-office")
                            .contains("monitoring-office"));
            web.post().uri("/api/v1/households/{id}/risk-elimination", h.id())
                    .header(HttpHeaders.AUTHORIZATION, token).bodyValue(Map.of("evidence", "已脱贫")).exchange()
                    .expectStatus().isForbidden();
        }
        String county = Tokens.scopes("households:read", "households:write").withRoles("county-office")
                .regions("520526").bearer();
        Decisions.decide(web, county, h.id(), identify).expectStatus().isOk();
    }

    @Test
    void aVisitByAnotherThanTheAssignedHelperIsMarkedAndOverdueHouseholdsAreListedPerUnit() {
        Households h = registered();
        Decisions.identify(web, OFFICE, h.id(), "EDGE_OF_POVERTY", "INCOME_DROP");
        web.post().uri("/api/v1/households/{id}/visits", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("kind", "CONTACT", "helper", "张代办", "on", LocalDate.now().toString())).exchange()
                .expectStatus().isCreated();

        Document visit = mongo.findOne(Query.query(Criteria.where("householdId").is(h.id())), Document.class,
                "visits").block();
        assertThat(visit.getBoolean("byAssignedHelper")).isFalse();
        web.get().uri("/api/v1/visits/overdue?region=520526&by=unit").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.unit == '威宁县乡村振兴局')].late[*].householdId")
                .value(List.class, ids -> assertThat(ids).contains(h.id()));
        web.get().uri("/api/v1/visits/overdue?region=520526&by=helper").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.helper == '李帮扶')].late[*].householdId")
                .value(List.class, ids -> assertThat(ids).contains(h.id()))
                .jsonPath("$[?(@.helper == '李帮扶')].late[?(@.householdId == '" + h.id() + "')].reasons[0]")
                .value(List.class, reasons -> assertThat(reasons.toString()).contains("从未入户走访"));
        web.get().uri("/api/v1/visits/overdue?region=520526&by=planet").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isBadRequest();
    }
}
