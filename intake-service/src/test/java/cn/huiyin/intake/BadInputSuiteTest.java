package cn.huiyin.intake;

import cn.huiyin.intake.calls.Calls;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.badinput.BadInputSuite;
import cn.huiyin.testkit.badinput.EndpointInputs;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

/** Issue 9: every endpoint of intake-service refuses every bad input with a 4xx problem and stores nothing. */
@IntakeServiceTest
class BadInputSuiteTest {

    private static final Tokens HOTLINE = Tokens.scopes("calls:write", "cases:read", "contact:read").regions("52");
    private static final String[] CALL_OPTIONAL = {"categories", "urgent", "address", "caller.name", "caller.phone",
        "caller.idNumber"};
    private static final String[] CALL_FREE_TEXT = {"content", "address", "caller.name", "externalId"};

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @Test
    void answersEveryBadInputOfEveryEndpointWith4xxAndStoresNothing() {
        String callId = aStoredCall();

        BadInputSuite.against(context, web).token(HOTLINE)
                .endpoint(EndpointInputs.post("/api/v1/calls")
                        .body(() -> Calls.anAppealFromWeining().body())
                        .optional(CALL_OPTIONAL).freeText(CALL_FREE_TEXT).bodyLimit(64 * 1024))
                .endpoint(EndpointInputs.post("/api/v1/calls/batch")
                        .body(() -> Map.of("calls", List.of(Calls.anAppealFromWeining().body())))
                        .optional(prefixed("calls[0].", CALL_OPTIONAL)).freeText(prefixed("calls[0].", CALL_FREE_TEXT))
                        .bodyLimit(4 * 1024 * 1024)
                        .perItemResults((status, body) -> nothingAccepted(body)))
                .endpoint(EndpointInputs.post("/api/v1/calls/import")
                        .rawBody("text/csv", () -> importFile())
                        .bodyLimit(4 * 1024 * 1024)
                        .perItemResults((status, body) -> nothingAccepted(body)))
                .endpoint(EndpointInputs.get("/api/v1/calls/{callId}").pathVariable("callId", callId))
                .endpoint(EndpointInputs.get("/api/v1/calls/{callId}/contact").pathVariable("callId", callId))
                .endpoint(EndpointInputs.get("/api/v1/calls")
                        .query("region", "520526").query("from", "2020-03-05").query("to", "2020-03-06")
                        .query("type", "APPEAL").query("page", "0").query("size", "20").paging("page", "size"))
                .endpoint(EndpointInputs.get("/api/v1/tracking-ledger/{countyCode}/{day}")
                        .pathVariable("countyCode", "520526").pathVariable("day", "2020-03-05"))
                .run();
    }

    private String aStoredCall() {
        return web.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, HOTLINE.bearer())
                .bodyValue(Calls.anAppealFromWeining().body())
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("callId").toString();
    }

    private static String importFile() {
        return "externalId,receivedAt,channel,type,callerName,callerPhone,callerIdNumber,regionCode,address,"
                + "categories,content,urgent\n"
                + "imp-" + java.util.UUID.randomUUID() + ",2020-03-05T09:30:00+08:00,PHONE,APPEAL,李四,13885700001,,"
                + "520526,\"毕节市, 某村\",HOUSING_SECURITY,\"危房改造补助没有到位\",否\n";
    }

    private static boolean nothingAccepted(String body) {
        Map<?, ?> result = JsonMapper.shared().readValue(body, Map.class);
        return Integer.valueOf(0).equals(result.get("accepted")) && Integer.valueOf(0).equals(result.get("replayed"));
    }

    private static String[] prefixed(String prefix, String... fields) {
        return java.util.Arrays.stream(fields).map(f -> prefix + f).toArray(String[]::new);
    }
}
