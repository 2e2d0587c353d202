package cn.huiyin.cases.support;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.testkit.Tokens;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Drives the case API the way county systems and the callback desk do. */
public final class CaseApi {

    public static final String COUNTY = Tokens.scopes("cases:read", "cases:write").regions("520526").subject("weining")
            .bearer();
    public static final String CITY = Tokens.roles("city-office").regions("5205").subject("bijie").bearer();
    public static final String CALLBACK_DESK = Tokens.scopes("cases:read", "callbacks:write").regions("52")
            .subject("callback-desk").bearer();

    private final WebTestClient web;
    private final CaseOpening opening;

    public CaseApi(WebTestClient web, CaseOpening opening) {
        this.web = web;
        this.opening = opening;
    }

    public String open(CaseReceived call) {
        opening.open(call).block();
        return CaseOpening.caseIdOf(call.callId());
    }

    public WebTestClient.ResponseSpec get(String caseId, String token) {
        return web.get().uri("/api/v1/cases/{id}", caseId).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    public WebTestClient.ResponseSpec post(String caseId, String action, String token, Object body) {
        return web.post().uri("/api/v1/cases/{id}/" + action, caseId).header(HttpHeaders.AUTHORIZATION, token)
                .bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec accept(String caseId) {
        return post(caseId, "acceptance", COUNTY, Map.of("investigators", List.of("张三", "李四")));
    }

    public WebTestClient.ResponseSpec verify(String caseId, String token) {
        return post(caseId, "verification", token, Map.of("substantiated", "YES", "natures",
                List.of("FUNDS_DELAYED"), "findings", "补助资金未按时拨付，已督促兑现", "resolution", "RESOLVED",
                "reportedSatisfaction", "SATISFIED", "householdAtRisk", false));
    }

    public WebTestClient.ResponseSpec callback(String caseId, Map<String, Object> body) {
        return post(caseId, "callbacks", CALLBACK_DESK, body);
    }
}
