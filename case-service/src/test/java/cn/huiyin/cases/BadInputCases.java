package cn.huiyin.cases;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.testkit.Tokens;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One case in each state an action needs, opened from its event and moved on through the API. */
final class BadInputCases {

    private final WebTestClient web;
    private final CaseOpening opening;
    private final Tokens token;

    BadInputCases(WebTestClient web, CaseOpening opening, Tokens token) {
        this.web = web;
        this.opening = opening;
        this.token = token;
    }

    CaseReceived openedCall() {
        CaseReceived call = Calls.anAppealFromWeining().event();
        opening.open(call).block();
        return call;
    }

    String assigned() {
        return open(Calls.anAppealFromWeining().event());
    }

    String investigating() {
        String caseId = assigned();
        act(caseId, "acceptance", Map.of("investigators", List.of("张三")));
        return caseId;
    }

    String callbackPending() {
        String caseId = investigating();
        act(caseId, "verification", verification());
        return caseId;
    }

    /** 赫章县 (520527) has city review in these tests. */
    String reviewPending() {
        String caseId = open(Calls.anAppealFromWeining().inCounty("520527").event());
        act(caseId, "acceptance", Map.of("investigators", List.of("张三")));
        act(caseId, "verification", verification());
        return caseId;
    }

    static Map<String, Object> verification() {
        return Map.of("substantiated", "YES", "natures", List.of("FUNDS_DELAYED"), "findings", "补助资金未按时拨付",
                "resolution", "RESOLVED", "reportedSatisfaction", "SATISFIED", "householdAtRisk", false);
    }

    static String caseIdOf(CaseReceived call) {
        return CaseOpening.caseIdOf(call.callId());
    }

    private String open(CaseReceived call) {
        opening.open(call).block();
        return caseIdOf(call);
    }

    private void act(String caseId, String action, Object body) {
        web.post().uri("/api/v1/cases/{id}/" + action, caseId).header(HttpHeaders.AUTHORIZATION, token.bearer())
                .bodyValue(body).exchange().expectStatus().isOk();
    }
}
