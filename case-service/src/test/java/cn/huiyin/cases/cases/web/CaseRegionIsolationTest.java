package cn.huiyin.cases.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.CaseApi;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Category;
import cn.huiyin.testkit.Tokens;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A county sees none of another county's cases through any read: by tracking number, in the lists and their
 * filters, in the callbacks due; and the 404 for another county's case is the 404 for a case that does not exist.
 */
@CaseServiceTest
class CaseRegionIsolationTest {

    static final String QIXINGGUAN = Tokens.scopes("cases:read", "cases:write", "callbacks:write").regions("520502")
            .subject("qixingguan").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    CaseOpening opening;

    CaseApi api;
    String caseId;
    String trackingNumber;

    @BeforeEach
    void aWeiningCaseWaitingForItsCallback() {
        api = new CaseApi(web, opening);
        CaseReceived call = Calls.anAppealFromWeining().about(Category.HOUSING_SECURITY).event();
        trackingNumber = call.trackingNumber();
        caseId = api.open(call);
        api.accept(caseId).expectStatus().isOk();
        api.verify(caseId, CaseApi.COUNTY).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CALLBACK_PENDING");
    }

    /** Whether any page of the list holds the case (a shared test store holds many cases of the county). */
    boolean onAnyPage(String uri, String token) {
        JsonMapper json = JsonMapper.builder().build();
        for (int page = 0; page < 50; page++) {
            JsonNode answer = json.readTree(body(uri + "&size=200&page=" + page, token, 200));
            if (answer.path("items").isEmpty()) {
                return false;
            }
            for (JsonNode item : answer.path("items")) {
                if (caseId.equals(item.path("caseId").asString())) {
                    return true;
                }
            }
        }
        return false;
    }

    String body(String uri, String token, int status) {
        return web.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void anotherCountysCaseByTrackingNumberIsNotFoundExactlyAsANumberThatDoesNotExist() {
        body("/api/v1/cases/by-tracking/" + trackingNumber, CaseApi.COUNTY, 200);
        String unknown = "HY520502-20200305-" + String.format("%06d", 999_000 + (int) (Math.random() * 999));

        String hidden = body("/api/v1/cases/by-tracking/" + trackingNumber, QIXINGGUAN, 404);
        String missing = body("/api/v1/cases/by-tracking/" + unknown, QIXINGGUAN, 404);

        assertThat(hidden.replace(trackingNumber, "{n}")).isEqualTo(missing.replace(unknown, "{n}"));
    }

    @Test
    void anotherCountysCaseIsNotFoundExactlyAsACaseThatDoesNotExist() {
        String unknown = UUID.randomUUID().toString();

        String hidden = body("/api/v1/cases/" + caseId, QIXINGGUAN, 404);
        String missing = body("/api/v1/cases/" + unknown, QIXINGGUAN, 404);

        assertThat(hidden.replace(caseId, "{id}")).isEqualTo(missing.replace(unknown, "{id}"));
    }

    @Test
    void theListsAndTheirFiltersHoldNoCaseOfAnotherCounty() {
        for (String filters : new String[] {"state=CALLBACK_PENDING", "category=HOUSING_SECURITY",
            "department=HOUSING_CONSTRUCTION", "overdue=false"}) {
            assertThat(onAnyPage("/api/v1/cases?" + filters, CaseApi.COUNTY)).as(filters).isTrue();
            assertThat(onAnyPage("/api/v1/cases?" + filters, QIXINGGUAN)).as(filters).isFalse();
        }
        web.get().uri("/api/v1/cases?county=520526").header(HttpHeaders.AUTHORIZATION, QIXINGGUAN).exchange()
                .expectStatus().isNotFound()
                .expectBody(String.class).value(page -> assertThat(page).doesNotContain(caseId));
    }

    @Test
    void theCallbacksDueHoldNoCaseOfAnotherCounty() {
        assertThat(onAnyPage("/api/v1/callbacks/due?county=520526", CaseApi.CALLBACK_DESK)).isTrue();
        assertThat(onAnyPage("/api/v1/callbacks/due?county=520502", QIXINGGUAN)).isFalse();
        web.get().uri("/api/v1/callbacks/due?county=520526").header(HttpHeaders.AUTHORIZATION, QIXINGGUAN)
                .exchange().expectStatus().isNotFound()
                .expectBody(String.class).value(page -> assertThat(page).doesNotContain(caseId));
    }
}
