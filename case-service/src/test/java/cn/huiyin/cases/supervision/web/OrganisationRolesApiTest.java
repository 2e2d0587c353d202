package cn.huiyin.cases.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.CaseApi;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.testkit.Tokens;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 17 §2: who may supervise a county's case is read from the token's roles in the seeds' words and the level of
 * its regions, not from its scopes: {@code cases:write} alone never re-transfers, reviews, urges or names a leader.
 */
@CaseServiceTest
class OrganisationRolesApiTest {

    static final String PROVINCE_SUPERVISOR = Tokens.roles("hotline-supervisor").regions("52").subject("supervisor")
            .bearer();
    static final String PROVINCE_INTAKE = Tokens.roles("hotline-intake").regions("52").subject("intake").bearer();
    static final String PROVINCE_WITH_SCOPES_ONLY = Tokens.scopes("cases:read", "cases:write").regions("52")
            .subject("integration").bearer();
    static final String GUIYANG_OFFICE = Tokens.roles("city-office").regions("5201").subject("guiyang").bearer();
    static final String BIJIE_LEADER = Tokens.roles("leader").regions("5205").subject("bijie-leader").bearer();

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
    void scopesAloneNeverSuperviseACaseEvenProvinceWide() {
        String caseId = api.open(Calls.anAppealFromWeining().event());

        api.post(caseId, "urges", PROVINCE_WITH_SCOPES_ONLY, Map.of("note", "请加快办理")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .contains("hotline-supervisor", "city-office", "520526"));
        api.post(caseId, "key-case", PROVINCE_WITH_SCOPES_ONLY, Map.of("leader", "李副县长", "leadUnit", "县住建局"))
                .expectStatus().isForbidden();
        api.post(caseId, "assignment", PROVINCE_WITH_SCOPES_ONLY, Map.of("county", "520102"))
                .expectStatus().isForbidden();
        api.get(caseId, CaseApi.COUNTY).expectStatus().isOk().expectBody()
                .jsonPath("$.urges").isEqualTo(0).jsonPath("$.keyCase").isEqualTo(false)
                .jsonPath("$.county").isEqualTo("520526");
    }

    @Test
    void theProvinceSupervisorUrgesTransfersAndNamesAKeyCaseLeaderWhileTheIntakeDeskDoesNot() {
        String caseId = api.open(Calls.anAppealFromWeining().event());

        api.post(caseId, "urges", PROVINCE_INTAKE, Map.of("note", "请加快办理")).expectStatus().isForbidden();
        api.post(caseId, "key-case", PROVINCE_INTAKE, Map.of("leader", "李副县长", "leadUnit", "县住建局"))
                .expectStatus().isForbidden();
        api.post(caseId, "urges", PROVINCE_SUPERVISOR, Map.of("note", "请加快办理")).expectStatus().isOk()
                .expectBody().jsonPath("$.urges").isEqualTo(1);
        api.post(caseId, "key-case", PROVINCE_SUPERVISOR, Map.of("leader", "李副县长", "leadUnit", "县住建局"))
                .expectStatus().isOk().expectBody().jsonPath("$.keyCase").isEqualTo(true);
        api.post(caseId, "assignment", PROVINCE_INTAKE, Map.of("county", "520527")).expectStatus().isForbidden();
        api.post(caseId, "assignment", PROVINCE_SUPERVISOR, Map.of("county", "520527")).expectStatus().isOk()
                .expectBody().jsonPath("$.county").isEqualTo("520527");
    }

    @Test
    void aCityOfficeOrLeaderSupervisesOnlyTheCountiesOfItsCity() {
        String caseId = api.open(Calls.anAppealFromWeining().event());

        api.post(caseId, "urges", GUIYANG_OFFICE, Map.of("note", "请加快办理")).expectStatus().isNotFound();
        api.post(caseId, "urges", BIJIE_LEADER, Map.of("note", "请加快办理")).expectStatus().isOk();
        api.post(caseId, "key-case", BIJIE_LEADER, Map.of("leader", "毕节市副市长", "leadUnit", "毕节市乡村振兴局"))
                .expectStatus().isOk();
        api.post(caseId, "assignment", BIJIE_LEADER, Map.of("county", "520527")).expectStatus().isForbidden();
    }

    @Test
    void aCountyOfficeNamingItsCityInTheTokenIsStillACountyOffice() {
        String caseId = api.open(Calls.anAppealFromWeining().event());
        String weiningOffice = Tokens.roles("county-office").regions("520526", "5205").subject("weining-office")
                .bearer();

        api.post(caseId, "urges", weiningOffice, Map.of("note", "请加快办理")).expectStatus().isForbidden();
        api.post(caseId, "assignment", weiningOffice, Map.of("county", "520527")).expectStatus().isForbidden();
        api.post(caseId, "acceptance", weiningOffice, Map.of("investigators", List.of("张三"))).expectStatus().isOk();
    }

    @Test
    void onlyTheCityOfficeOverTheCountyReviewsItsReportNotTheProvince() {
        String caseId = api.open(Calls.anAppealFromWeining().inCounty("520527").event());
        String hezhang = Tokens.roles("county-office").regions("520527").subject("hezhang").bearer();
        api.post(caseId, "acceptance", hezhang, Map.of("investigators", List.of("王五"))).expectStatus().isOk();
        api.verify(caseId, hezhang).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("REVIEW_PENDING");

        api.post(caseId, "review", PROVINCE_SUPERVISOR, Map.of("decision", "APPROVE", "opinion", "同意"))
                .expectStatus().isForbidden();
        api.post(caseId, "review", BIJIE_LEADER, Map.of("decision", "APPROVE", "opinion", "同意"))
                .expectStatus().isForbidden();
        api.post(caseId, "review", CaseApi.CITY, Map.of("decision", "APPROVE", "opinion", "同意"))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CALLBACK_PENDING");
    }

    @Test
    void theCallbackDeskNeedsNoScopesBesidesItsRole() {
        String caseId = api.open(Calls.anAppealFromWeining().event());
        api.accept(caseId).expectStatus().isOk();
        api.verify(caseId, CaseApi.COUNTY).expectStatus().isOk();

        api.post(caseId, "callbacks", Tokens.roles("hotline-callback").regions("52").subject("desk").bearer(),
                Map.of("result", "SATISFIED")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CLOSED");
        api.post(caseId, "callbacks", Tokens.roles("hotline-intake").regions("52").bearer(),
                Map.of("result", "SATISFIED")).expectStatus().isForbidden();
    }
}
