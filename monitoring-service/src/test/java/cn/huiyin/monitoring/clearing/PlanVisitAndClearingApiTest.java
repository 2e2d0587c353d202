package cn.huiyin.monitoring.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.TopicProbe;
import cn.huiyin.monitoring.support.Decisions;
import cn.huiyin.monitoring.support.Households;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The assistance plan's coverage rule, helpers' visits and the rules that allow or block clearing a risk. */
@MonitoringServiceTest
class PlanVisitAndClearingApiTest {

    static final String OFFICE = Tokens.scopes("households:read", "households:write").withRoles("monitoring-office")
            .regions("5205").bearer();
    static final String EIGHT_MONTHS_AGO = LocalDate.now().minusMonths(8).toString();

    @Autowired
    WebTestClient web;

    /** A monitored family of two working adults whose house is unsafe and whose income is under the line. */
    static Households aMonitoredFamilyInAnUnsafeHouse() {
        return Households.aFamilyFromWeining()
                .with("members", List.of(Map.of("age", 45, "ableToWork", true), Map.of("age", 43, "ableToWork", true)))
                .with("incomes", List.of(Map.of("year", LocalDate.now().getYear() - 1, "perCapita", 4000,
                        "wages", 8000, "assessedOn", EIGHT_MONTHS_AGO)))
                .with("expenditure", Map.of("medical", 0, "schooling", 0))
                .with("housingSafe", false);
    }

    WebTestClient.ResponseSpec post(Households h, String action, Object body) {
        return web.post().uri("/api/v1/households/{id}/" + action, h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(body).exchange();
    }

    void put(Households h) {
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.body()).exchange().expectStatus().is2xxSuccessful();
    }

    /** Registered, then taken into monitoring for its unsafe house and low income. */
    void monitored(Households h) {
        put(h);
        Decisions.identify(web, OFFICE, h.id(), "EDGE_OF_POVERTY", "UNSAFE_HOUSING", "INCOME_DROP");
    }

    @Test
    void refusesAPlanThatLeavesAnActiveRiskWithoutAMeasure() {
        Households h = aMonitoredFamilyInAnUnsafeHouse();
        monitored(h);

        post(h, "assistance-plan", Map.of("measures", List.of(Map.of("type", "EDUCATION", "owner", "县教育局"))))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].message").value(String.class,
                        m -> assertThat(m).contains("UNSAFE_HOUSING"));
        post(h, "assistance-plan", Map.of("measures", List.of(Map.of("type", "HOUSING", "owner", "县住建局",
                "due", "2026-12-31"))))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.plan.measures[0].type").isEqualTo("HOUSING");
    }

    @Test
    void namesEveryRuleThatBlocksClearingARisk() {
        Households h = aMonitoredFamilyInAnUnsafeHouse();
        monitored(h);

        post(h, "risk-elimination", Map.of("evidence", "已入住新房")).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'INCOME_BELOW_LINE')]").exists()
                .jsonPath("$.errors[?(@.field == 'HOUSING_UNSAFE')]").exists()
                .jsonPath("$.errors[?(@.field == 'NO_PLAN')]").exists()
                .jsonPath("$.errors[?(@.field == 'VISIT_TOO_OLD')]").exists();
        post(h, "risk-elimination", Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("evidence");
    }

    @Test
    void clearsTheRiskOnceEveryRuleIsMetAndPublishesIt() {
        Households h = aMonitoredFamilyInAnUnsafeHouse();
        monitored(h);
        post(h, "assistance-plan", Map.of("measures", List.of(Map.of("type", "HOUSING", "status", "DONE"),
                Map.of("type", "EMPLOYMENT", "status", "DONE")))).expectStatus().isOk();
        put(h.without("status").with("housingSafe", true).with("incomes", List.of(Map.of("year", LocalDate.now().getYear() - 1,
                "perCapita", 12000, "wages", 24000, "assessedOn", EIGHT_MONTHS_AGO))));
        post(h, "visits", Map.of("kind", "VISIT", "helper", "李帮扶", "note", "入户核实收入")).expectStatus().isCreated();

        post(h, "risk-elimination", Map.of("evidence", "危房改造完成，务工收入稳定")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("RISK_CLEARED").jsonPath("$.clearedAt").isNotEmpty();

        try (TopicProbe probe = TopicProbe.on("household-risk")) {
            List<ConsumerRecord<String, byte[]>> events = probe.await(r -> h.id().equals(r.key())
                    && new String(r.value(), StandardCharsets.UTF_8).contains("\"ELIMINATED\""), 1,
                    Duration.ofSeconds(30));
            assertThat(events).hasSize(1);
            assertThat(new String(events.get(0).value(), StandardCharsets.UTF_8))
                    .contains("\"reasons\":[\"UNSAFE_HOUSING\",\"INCOME_DROP\"]").contains("\"monitoringType\":\"EDGE_OF_POVERTY\"");
        }
    }

    @Test
    void listsMonitoredHouseholdsNotVisitedWithinAQuarter() {
        Households h = aMonitoredFamilyInAnUnsafeHouse();
        monitored(h);

        web.get().uri("/api/v1/visits/overdue?region=520526").header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk().expectBody(String.class).value(list -> assertThat(list).contains(h.id()));
        post(h, "visits", Map.of("kind", "VISIT", "helper", "李帮扶")).expectStatus().isCreated();
        web.get().uri("/api/v1/visits/overdue?region=520526").header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk().expectBody(String.class).value(list -> assertThat(list).doesNotContain(h.id()));
        post(h, "visits", Map.of("kind", "SEANCE", "helper", "李帮扶", "on", "2099-01-01")).expectStatus()
                .isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
    }

    @Test
    void flagsAHouseholdWhoseIncomeItemsWereCopiedFromLastYear() {
        Households h = Households.aFamilyFromWeining().with("incomes", List.of(
                Map.of("year", 2023, "perCapita", 11000, "wages", 30000, "production", 12000, "assessedOn", "2023-12-01"),
                Map.of("year", 2024, "perCapita", 11000, "wages", 30000, "production", 12000, "assessedOn",
                        "2024-12-01")));
        put(h);

        web.get().uri("/api/v1/data-quality?region=520526&size=5000").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains(h.id()).contains("INCOME_COPIED"));
    }

    @Test
    void aVisitPlanOrEvidenceWithAWrongTypedFieldNamesEveryBadFieldInOneAnswer() {
        Households h = aMonitoredFamilyInAnUnsafeHouse();
        monitored(h);

        post(h, "visits", Map.of("kind", 1, "on", "2099-01-01", "helper", List.of("李帮扶"), "mood", "good"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("kind", "on", "helper", "mood"));
        post(h, "assistance-plan", Map.of("measures", List.of(Map.of("type", "HOUSING", "due", 20261231),
                "EDUCATION", Map.of("type", "NOT_A_TYPE"))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("measures[0].due", "measures[1]", "measures[2].type"));
        post(h, "risk-elimination", Map.of("evidence", 5, "photos", 1))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("evidence", "photos"));
    }
}
