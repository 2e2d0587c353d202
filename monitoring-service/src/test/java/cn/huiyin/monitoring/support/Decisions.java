package cn.huiyin.monitoring.support;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The county's identification decisions, as a test sends them. */
public final class Decisions {

    private Decisions() {
    }

    /** 纳入监测: the household is taken into monitoring as {@code type} for {@code reasons}; expects 200. */
    public static void identify(WebTestClient web, String token, String householdId, String type,
            String... reasons) {
        decide(web, token, householdId, Map.of("decision", "IDENTIFY", "monitoringType", type, "reasons",
                List.of(reasons))).expectStatus().isOk();
    }

    public static WebTestClient.ResponseSpec decide(WebTestClient web, String token, String householdId,
            Map<String, ?> body) {
        return web.post().uri("/api/v1/households/{id}/identification", householdId)
                .header(HttpHeaders.AUTHORIZATION, token).bodyValue(body).exchange();
    }
}
