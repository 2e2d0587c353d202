package cn.huiyin.monitoring.households;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.Tokens;
import cn.huiyin.monitoring.support.Households;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@MonitoringServiceTest
class HouseholdApiTest {

    static final String OFFICE = Tokens.scopes("households:read", "households:write").regions("5205").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient.ResponseSpec put(Households h, String token) {
        return web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, token)
                .bodyValue(h.body()).exchange();
    }

    static Households atRisk() {
        return Households.atRisk();
    }

    @Test
    void registersAHouseholdAndShowsItsHeadOnlyMasked() {
        Households h = Households.aFamilyFromWeining();

        put(h, OFFICE).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.householdId").isEqualTo(h.id())
                .jsonPath("$.countyCode").isEqualTo("520526")
                .jsonPath("$.headName").isEqualTo("王*")
                .jsonPath("$.headIdNumber").value(String.class, id -> assertThat(id).contains("********")
                        .doesNotContain(h.idNumber()));
        put(h.with("status", "NORMAL"), OFFICE).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("NORMAL");

        Document stored = mongo.findById(h.id(), Document.class, "households").block();
        assertThat(stored.toJson()).doesNotContain(h.idNumber());
    }

    @Test
    void scoresAHouseholdWithTheReasonsInWords() {
        Households h = atRisk();
        put(h, OFFICE).expectStatus().isCreated();

        web.get().uri("/api/v1/households/{id}/risk", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.score").value(Integer.class, score -> assertThat(score).isGreaterThanOrEqualTo(35))
                .jsonPath("$.level").value(String.class, level -> assertThat(level).isIn("MEDIUM", "HIGH"))
                .jsonPath("$.factors").value(List.class, f -> assertThat(f).contains("ILLNESS", "UNSAFE_HOUSING"))
                .jsonPath("$.reasons").value(List.class, reasons -> assertThat(reasons).isNotEmpty());
    }

    @Test
    void listsHouseholdsByLevelFactorAndHelper() {
        Households risky = atRisk();
        put(risky, OFFICE).expectStatus().isCreated();
        put(Households.aFamilyFromWeining(), OFFICE).expectStatus().isCreated();

        web.get().uri("/api/v1/households?region=520526&riskFactor=UNSAFE_HOUSING&helper=李帮扶&size=200")
                .header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains(risky.id()));
        web.get().uri("/api/v1/households?region=520526&riskLevel=NONE&size=200")
                .header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).doesNotContain(risky.id()));
    }

    @Test
    void rescoresAHouseholdWhenAYearsIncomeArrives() {
        Households h = Households.aFamilyFromWeining();
        put(h, OFFICE).expectStatus().isCreated();

        web.post().uri("/api/v1/households/{id}/incomes", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("year", 2025, "perCapita", 3000, "wages", 2000)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.incomes.length()").isEqualTo(2)
                .jsonPath("$.risk.level").value(String.class, level -> assertThat(level).isNotEqualTo("NONE"));
    }

    @Test
    void namesEveryBadFieldOfAHousehold() {
        Households h = Households.aFamilyFromWeining().with("regionCode", "5205")
                .with("head", Map.of("name", "王五", "idNumber", "520526198001011234"))
                .with("status", "MONITORED")
                .with("members", List.of(Map.of("age", 200)));

        put(h, OFFICE).expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'regionCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'head.idNumber')]").exists()
                .jsonPath("$.errors[?(@.field == 'status')]").exists()
                .jsonPath("$.errors[?(@.field == 'members[0].age')]").exists()
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).doesNotContain("520526198001011234"));
    }

    @Test
    void keepsAnotherRegionsHouseholdsOutOfReach() {
        Households h = Households.aFamilyFromWeining();
        put(h, OFFICE).expectStatus().isCreated();

        String qixingguan = Tokens.scopes("households:read", "households:write").regions("520502").bearer();
        web.get().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, qixingguan).exchange()
                .expectStatus().isNotFound();
        put(h, qixingguan).expectStatus().isNotFound();
        web.get().uri("/api/v1/households/{id}", h.id()).exchange().expectStatus().isUnauthorized();
        put(h, Tokens.scopes("households:read").regions("52").bearer()).expectStatus().isForbidden();
        web.get().uri("/api/v1/households/no-such-household").header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aBodyWithAWrongTypedFieldNamesEveryBadFieldInOneAnswer() {
        Households h = Households.aFamilyFromWeining().with("housingSafe", "yes").with("regionCode", "5205")
                .with("members", List.of(Map.of("age", "forty"), 5)).with("shoeSize", 42).without("status");

        put(h, OFFICE).expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("housingSafe", "members[0].age", "members[1]", "shoeSize",
                                "regionCode"));
        web.get().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void namesEveryBadFieldOfAYearsIncomeInOneAnswer() {
        Households h = Households.aFamilyFromWeining();
        put(h, OFFICE).expectStatus().isCreated();

        web.post().uri("/api/v1/households/{id}/incomes", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("year", "2025", "perCapita", -1, "wages", "many", "bonus", 1)).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("year", "perCapita", "wages", "bonus"));
    }
}
