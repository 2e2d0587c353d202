package cn.huiyin.cases.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.CaseApi;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.testkit.Tokens;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every refusal of the case API: 400 naming fields, 401, 403, 404 across counties, 409, 422. */
@CaseServiceTest
class CaseRefusalsApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    CaseOpening opening;

    CaseApi api;
    String caseId;

    @BeforeEach
    void aCaseInWeining() {
        api = new CaseApi(web, opening);
        caseId = api.open(Calls.anAppealFromWeining().event());
    }

    @Test
    void hidesAnotherCountysCase() {
        String qixingguan = Tokens.scopes("cases:read", "cases:write").regions("520502").bearer();
        api.get(caseId, qixingguan).expectStatus().isNotFound().expectHeader().contentType("application/problem+json");
        api.post(caseId, "acceptance", qixingguan, Map.of("investigators", List.of("甲"))).expectStatus().isNotFound();
    }

    @Test
    void letsAFunctionalAreaSeeTheCasesOfItsTownships() {
        String xiaoba = api.open(Calls.anAppealFromWeining().inTownship("520502122", "520571").event());

        api.get(xiaoba, Tokens.scopes("cases:read").regions("520571").bearer()).expectStatus().isOk()
                .expectBody().jsonPath("$.countyName").isEqualTo("金海湖新区");
        api.get(xiaoba, Tokens.scopes("cases:read").regions("520502").bearer()).expectStatus().isNotFound();
    }

    @Test
    void requiresATokenAndTheRightScope() {
        web.get().uri("/api/v1/cases/{id}", caseId).exchange().expectStatus().isUnauthorized();
        api.post(caseId, "acceptance", Tokens.scopes("cases:read").regions("520526").bearer(),
                Map.of("investigators", List.of("甲"))).expectStatus().isForbidden();
        api.post(caseId, "callbacks", CaseApi.COUNTY, Map.of("result", "SATISFIED")).expectStatus().isForbidden();
    }

    @Test
    void refusesAnActionTheStateDoesNotAllowNamingTheState() {
        api.verify(caseId, CaseApi.COUNTY).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("ASSIGNED"));
        api.accept(caseId).expectStatus().isOk();
        api.accept(caseId).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("INVESTIGATING"));
        api.callback(caseId, Map.of("result", "SATISFIED")).expectStatus().isEqualTo(409);
    }

    @Test
    void namesEveryBadFieldOfAVerification() {
        api.accept(caseId).expectStatus().isOk();

        api.post(caseId, "verification", CaseApi.COUNTY, Map.of("substantiated", "MAYBE", "natures", List.of("BAD"),
                "reportedSatisfaction", "SATISFIED"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'substantiated')]").exists()
                .jsonPath("$.errors[?(@.field == 'natures[0]')]").exists()
                .jsonPath("$.errors[?(@.field == 'resolution')]").exists();
    }

    @Test
    void aBodyWithAWrongTypedFieldNamesEveryBadFieldInOneAnswer() {
        api.accept(caseId).expectStatus().isOk();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("substantiated", 5);
        body.put("natures", List.of("BAD", 7));
        body.put("findings", Map.of("$ne", ""));
        body.put("reportedSatisfaction", "SATISFIED");
        body.put("priority", "HIGH");

        api.post(caseId, "verification", CaseApi.COUNTY, body)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("substantiated", "natures[0]", "natures[1]", "findings",
                                "resolution", "priority"))
                .jsonPath("$.errors[?(@.field == 'substantiated')].message").isEqualTo("has the wrong type or format")
                .jsonPath("$.errors[?(@.field == 'priority')].message").isEqualTo("is not a field of this request");
        api.get(caseId, CaseApi.COUNTY).expectBody().jsonPath("$.state").isEqualTo("INVESTIGATING");
    }

    @Test
    void refusesACountysTransferWhateverItsBody() {
        api.post(caseId, "assignment", CaseApi.COUNTY, Map.of("county", 520527, "urgent", true))
                .expectStatus().isForbidden();
    }

    @Test
    void requiresAReasonForAnUnreachableCallbackAndOnlyThen() {
        api.accept(caseId).expectStatus().isOk();
        api.verify(caseId, CaseApi.COUNTY).expectStatus().isOk();

        api.callback(caseId, Map.of("result", "UNREACHABLE")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("unreachableReason");
        api.callback(caseId, Map.of("result", "SATISFIED", "unreachableReason", "NO_ANSWER"))
                .expectStatus().isBadRequest();
    }

    @Test
    void refusesAnEmptyTeamAndAReportDatedInTheFuture() {
        api.post(caseId, "acceptance", CaseApi.COUNTY, Map.of("investigators", List.of())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("investigators");
        api.post(caseId, "acceptance", CaseApi.COUNTY, Map.of("investigators", List.of("甲"),
                "at", "2099-01-01T00:00:00+08:00")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("at");
    }

    @Test
    void refusesTransferToATownshipWithTheRulesWords() {
        api.post(caseId, "assignment", CaseApi.CITY, Map.of("county", "520526211")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("严禁转交乡镇及以下承办"));
    }

    @Test
    void letsOnlyACityOrProvinceTransferACaseAgain() {
        api.post(caseId, "assignment", CaseApi.COUNTY, Map.of("county", "520527")).expectStatus().isForbidden();
        api.post(caseId, "assignment", CaseApi.CITY, Map.of("county", "5205")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("county");

        api.post(caseId, "assignment", CaseApi.CITY, Map.of("county", "520527", "leadDepartment", "CIVIL_AFFAIRS",
                "deadline", LocalDate.now().plusDays(60).toString(), "leadOfficial", "赵局长"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.county").isEqualTo("520527")
                .jsonPath("$.state").isEqualTo("ASSIGNED")
                .jsonPath("$.leadDepartment").isEqualTo("CIVIL_AFFAIRS")
                .jsonPath("$.leadOfficial").isEqualTo("赵局长");
        api.get(caseId, CaseApi.COUNTY).expectStatus().isNotFound();
    }

    @Test
    void refusesAStaleVersion() {
        web.post().uri("/api/v1/cases/{id}/acceptance", caseId).header(HttpHeaders.AUTHORIZATION, CaseApi.COUNTY)
                .header(HttpHeaders.IF_MATCH, "\"7\"")
                .bodyValue(Map.of("investigators", List.of("甲"))).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("version 1"));
        web.post().uri("/api/v1/cases/{id}/acceptance", caseId).header(HttpHeaders.AUTHORIZATION, CaseApi.COUNTY)
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .bodyValue(Map.of("investigators", List.of("甲"))).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
    }

    @Test
    void answersUnknownCasesAndBadListParameters() {
        api.get("no-such-case", CaseApi.CITY).expectStatus().isNotFound();
        web.get().uri("/api/v1/cases?state=DONE&overdue=maybe&size=1000")
                .header(HttpHeaders.AUTHORIZATION, CaseApi.CITY).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(3);
    }
}
