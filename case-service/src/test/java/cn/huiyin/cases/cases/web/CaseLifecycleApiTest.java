package cn.huiyin.cases.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.CaseApi;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.events.Category;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.testkit.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@CaseServiceTest
class CaseLifecycleApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    CaseOpening opening;

    CaseApi api;

    @BeforeEach
    void api() {
        api = new CaseApi(web, opening);
    }

    @Test
    void opensATransferredCallAsACaseAssignedToItsCountyWithADeadline() {
        CaseReceived call = Calls.anAppealFromWeining().about(Category.HOUSING_SECURITY, Category.RELOCATION).event();
        String caseId = api.open(call);

        api.get(caseId, CaseApi.COUNTY).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.state").isEqualTo("ASSIGNED")
                .jsonPath("$.stateLabel").isEqualTo("已转办")
                .jsonPath("$.trackingNumber").isEqualTo(call.trackingNumber())
                .jsonPath("$.caseNumber").value(String.class, n -> assertThat(n).matches("520526-\\d{4}-\\d{5}"))
                .jsonPath("$.county").isEqualTo("520526")
                .jsonPath("$.countyName").isEqualTo("威宁彝族回族苗族自治县")
                .jsonPath("$.leadDepartment").isEqualTo("HOUSING_CONSTRUCTION")
                .jsonPath("$.coDepartments[0]").isEqualTo("ECOLOGICAL_MIGRATION")
                .jsonPath("$.deadline").isNotEmpty()
                .jsonPath("$.overdue").isEqualTo(false)
                .jsonPath("$.reopenCount").isEqualTo(0)
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.timeline[0].action").isEqualTo("RECEIVED")
                .jsonPath("$.timeline[1].action").isEqualTo("ASSIGNED");
        web.get().uri("/api/v1/cases/by-tracking/{n}", call.trackingNumber())
                .header(HttpHeaders.AUTHORIZATION, CaseApi.COUNTY).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.caseId").isEqualTo(caseId);
    }

    @Test
    void doesNotMakeACaseOfAConsultation() {
        CaseReceived call = Calls.anAppealFromWeining().consultation().event();
        api.open(call);

        web.get().uri("/api/v1/cases/by-tracking/{n}", call.trackingNumber())
                .header(HttpHeaders.AUTHORIZATION, CaseApi.CITY).exchange().expectStatus().isNotFound();
    }

    @Test
    void routesElectricityToThePowerSupplyDepartment() {
        String caseId = api.open(Calls.anAppealFromWeining().about(Category.INFRASTRUCTURE)
                .saying("我们组到现在还没有通电，晚上只能点蜡烛").event());

        api.get(caseId, CaseApi.COUNTY).expectStatus().isOk()
                .expectBody().jsonPath("$.leadDepartment").isEqualTo("POWER_SUPPLY");
    }

    @Test
    void carriesACaseFromAcceptanceToASatisfiedCallback() {
        String caseId = api.open(Calls.anAppealFromWeining().event());

        api.accept(caseId).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("INVESTIGATING")
                .jsonPath("$.investigators.length()").isEqualTo(2);
        api.verify(caseId, CaseApi.COUNTY).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CALLBACK_PENDING")
                .jsonPath("$.verification.substantiated").isEqualTo("YES")
                .jsonPath("$.verification.late").isEqualTo(false)
                .jsonPath("$.late").isEqualTo(false);
        web.get().uri("/api/v1/callbacks/due").header(HttpHeaders.AUTHORIZATION, CaseApi.CALLBACK_DESK).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains(caseId));
        api.callback(caseId, Map.of("result", "SATISFIED")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CLOSED")
                .jsonPath("$.closure").isEqualTo("SATISFIED")
                .jsonPath("$.callbacks[0].attempt").isEqualTo(1);
    }

    @Test
    void reopensTheCaseWhenTheCitizenIsUnsatisfied() {
        String caseId = api.open(Calls.anAppealFromWeining().event());
        api.accept(caseId).expectStatus().isOk();
        api.verify(caseId, CaseApi.COUNTY).expectStatus().isOk();

        api.callback(caseId, Map.of("result", "UNSATISFIED", "comment", "补助只到了一半")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("INVESTIGATING")
                .jsonPath("$.reopenCount").isEqualTo(1);
        api.verify(caseId, CaseApi.COUNTY).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CALLBACK_PENDING");
    }

    @Test
    void closesTheCaseAfterThreeUnreachableAttemptsADayApart() {
        Instant received = Instant.now().minus(Duration.ofDays(10));
        String caseId = api.open(Calls.anAppealFromWeining().receivedAt(received).event());
        api.post(caseId, "acceptance", CaseApi.COUNTY, Map.of("investigators", List.of("张三"),
                "at", received.plus(Duration.ofDays(1)).toString())).expectStatus().isOk();
        api.post(caseId, "verification", CaseApi.COUNTY, Map.of("substantiated", "YES", "natures",
                List.of("FUNDS_DELAYED"), "findings", "补助资金未按时拨付，已督促兑现", "resolution", "RESOLVED",
                "reportedSatisfaction", "SATISFIED", "householdAtRisk", false,
                "at", received.plus(Duration.ofDays(2)).toString())).expectStatus().isOk();

        String[] reasons = {"POWERED_OFF", "NO_ANSWER", "OUT_OF_SERVICE"};
        for (int i = 0; i < 3; i++) {
            WebTestClient.BodyContentSpec answer = api.callback(caseId, Map.of("result", "UNREACHABLE",
                    "unreachableReason", reasons[i], "at", received.plus(Duration.ofDays(3 + i)).toString()))
                    .expectStatus().isOk().expectBody();
            answer.jsonPath("$.state").isEqualTo(i < 2 ? "CALLBACK_PENDING" : "CLOSED");
            if (i == 2) {
                answer.jsonPath("$.closure").isEqualTo("CALLBACK_UNREACHABLE").jsonPath("$.callbacks.length()")
                        .isEqualTo(3);
            }
        }
    }

    @Test
    void threeUnreachableCallbacksWithinAMinuteDoNotCloseTheCase() {
        String caseId = api.open(Calls.anAppealFromWeining().event());
        api.accept(caseId).expectStatus().isOk();
        api.verify(caseId, CaseApi.COUNTY).expectStatus().isOk();

        // as stored: to the millisecond
        String next = Instant.parse(api.callback(caseId, Map.of("result", "UNREACHABLE", "unreachableReason",
                        "POWERED_OFF")).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("nextCallbackAt").toString()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        for (String reason : new String[] {"NO_ANSWER", "OUT_OF_SERVICE"}) {
            api.callback(caseId, Map.of("result", "UNREACHABLE", "unreachableReason", reason))
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(next));
        }
        api.get(caseId, CaseApi.COUNTY).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CALLBACK_PENDING").jsonPath("$.callbacks.length()")
                .isEqualTo(1);
    }

    @Test
    void sendsAReportToCityReviewWhereTheJurisdictionRequiresIt() {
        String caseId = api.open(Calls.anAppealFromWeining().inCounty("520527").event());
        String hezhang = Tokens.scopes("cases:read", "cases:write").regions("520527").bearer();
        api.post(caseId, "acceptance", hezhang, Map.of("investigators", List.of("王五"))).expectStatus().isOk();
        api.verify(caseId, hezhang).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("REVIEW_PENDING");

        api.post(caseId, "review", CaseApi.CITY, Map.of("decision", "RETURN")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("opinion");
        api.post(caseId, "review", CaseApi.CITY, Map.of("decision", "RETURN", "opinion", "核查不细，请重新核实"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("INVESTIGATING").jsonPath("$.reopenCount").isEqualTo(1);
        api.verify(caseId, hezhang).expectStatus().isOk();
        api.post(caseId, "review", CaseApi.CITY, Map.of("decision", "APPROVE", "opinion", "同意")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CALLBACK_PENDING");
    }

    @Test
    void aCountyNeverReviewsItsOwnReportEvenWithItsCityInTheToken() {
        String caseId = api.open(Calls.anAppealFromWeining().inCounty("520527").event());
        String hezhang = Tokens.scopes("cases:read", "cases:write").regions("520527").subject("hezhang").bearer();
        String hezhangWithCity = Tokens.roles("city-office").regions("520527", "5205").subject("hezhang").bearer();
        api.post(caseId, "acceptance", hezhang, Map.of("investigators", List.of("王五"))).expectStatus().isOk();
        api.verify(caseId, hezhang).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("REVIEW_PENDING");

        api.post(caseId, "review", hezhang, Map.of("decision", "APPROVE", "opinion", "同意"))
                .expectStatus().isForbidden().expectHeader().contentType("application/problem+json");
        api.post(caseId, "review", hezhangWithCity, Map.of("decision", "APPROVE", "opinion", "同意"))
                .expectStatus().isForbidden();
        api.post(caseId, "review", CaseApi.CITY, Map.of("decision", "APPROVE", "opinion", "同意"))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CALLBACK_PENDING");
    }

    @Test
    void numbersWrittenIntoFindingsAndCallbackCommentsAreMasked() {
        String caseId = api.open(Calls.anAppealFromWeining().event());
        api.accept(caseId).expectStatus().isOk();
        api.post(caseId, "verification", CaseApi.COUNTY, Map.of("substantiated", "YES", "natures",
                List.of("FUNDS_DELAYED"), "findings", "户主电话13688575555，身份证520526199001010037，已核实",
                "resolution", "RESOLVED", "reportedSatisfaction", "SATISFIED", "householdAtRisk", false))
                .expectStatus().isOk();
        api.callback(caseId, Map.of("result", "UNSATISFIED", "comment", "群众说请打13688576666"))
                .expectStatus().isOk();

        api.get(caseId, CaseApi.COUNTY).expectStatus().isOk().expectBody(String.class).value(view -> assertThat(view)
                .doesNotContain("13688575555", "520526199001010037", "13688576666")
                .contains("136****5555", "520526********0037", "136****6666"));
    }

    @Test
    void aCountyNeitherUrgesNorNamesAKeyCaseLeaderForItsOwnCase() {
        String caseId = api.open(Calls.anAppealFromWeining().event());

        api.post(caseId, "urges", CaseApi.COUNTY, Map.of("note", "请加快办理")).expectStatus().isForbidden();
        api.post(caseId, "key-case", CaseApi.COUNTY, Map.of("leader", "李副县长", "leadUnit", "县住建局"))
                .expectStatus().isForbidden();
        api.get(caseId, CaseApi.COUNTY).expectStatus().isOk()
                .expectBody().jsonPath("$.urges").isEqualTo(0).jsonPath("$.keyCase").isEqualTo(false);
    }

    @Test
    void aCityInTheTokenThatIsNotOverTheCasesCountyCannotTransferTheCaseIntoItsArea() {
        String caseId = api.open(Calls.anAppealFromWeining().event());
        String weiningAndGuiyang = Tokens.roles("county-office", "city-office").regions("520526", "5201")
                .subject("weining-guiyang").bearer();

        api.post(caseId, "assignment", weiningAndGuiyang, Map.of("county", "520102")).expectStatus().isForbidden();
        api.get(caseId, CaseApi.COUNTY).expectStatus().isOk()
                .expectBody().jsonPath("$.county").isEqualTo("520526");
        api.post(caseId, "assignment", Tokens.roles("hotline-supervisor").regions("52").bearer(),
                Map.of("county", "520102")).expectStatus().isOk()
                .expectBody().jsonPath("$.county").isEqualTo("520102");
    }

    @Test
    void recordsUrgesAndKeyCasesInTheTimeline() {
        String caseId = api.open(Calls.anAppealFromWeining().event());

        api.post(caseId, "urges", CaseApi.CITY, Map.of("note", "请加快办理")).expectStatus().isOk()
                .expectBody().jsonPath("$.urges").isEqualTo(1);
        api.post(caseId, "key-case", CaseApi.CITY, Map.of("leader", "李副县长", "leadUnit", "县住建局"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.keyCase").isEqualTo(true).jsonPath("$.leader").isEqualTo("李副县长");
        api.get(caseId, CaseApi.COUNTY).expectStatus().isOk()
                .expectBody().jsonPath("$.timeline[?(@.action == 'URGED')].actor").isEqualTo("bijie");
        web.get().uri("/api/v1/cases?leader=李副县长").header(HttpHeaders.AUTHORIZATION, CaseApi.CITY).exchange()
                .expectStatus().isOk().expectBody(String.class).value(page -> assertThat(page).contains(caseId));
    }

    @Test
    void listsACountysCasesByStateCategoryAndDepartmentSoonestDeadlineFirst() {
        String first = api.open(Calls.anAppealFromWeining().inCounty("520523").about(Category.EDUCATION)
                .receivedAt(Instant.now().minusSeconds(86_400 * 3)).event());
        String second = api.open(Calls.anAppealFromWeining().inCounty("520523").about(Category.EDUCATION).event());
        api.open(Calls.anAppealFromWeining().inCounty("520523").about(Category.FINANCE).event());

        web.get().uri("/api/v1/cases?county=520523&state=ASSIGNED&category=EDUCATION&department=EDUCATION")
                .header(HttpHeaders.AUTHORIZATION, CaseApi.CITY).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[0].caseId").isEqualTo(first)
                .jsonPath("$.items[1].caseId").isEqualTo(second)
                .jsonPath("$.items[0].timeline").doesNotExist();
    }
}
