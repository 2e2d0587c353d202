package cn.huiyin.reporting;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.bulletins.application.BulletinIssuing;
import cn.huiyin.reporting.instructions.application.InstructionView;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.badinput.BadInputSuite;
import cn.huiyin.testkit.badinput.EndpointInputs;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 9: every report endpoint refuses every bad input with a 4xx problem and changes no projection. */
@HuiyinServiceTest
class BadInputSuiteTest {

    /** The hotspot consumer may still be counting calls other test classes published; no endpoint writes there. */
    private static final String HOTSPOT_CONSUMER = "the hotspot consumer counts case-received in the background";
    private static final Tokens ANALYST = Tokens.scopes("reports:read").regions("52");
    private static final String BULLETIN = "5205-2017-05";

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @Autowired
    BulletinIssuing bulletins;

    @Autowired
    RegionRegistry regions;

    @Test
    void answersEveryBadInputOfEveryEndpointWith4xxAndStoresNothing() {
        bulletins.issue(regions.resolve("5205"), YearMonth.of(2017, 5)).block();
        String instruction = web.post().uri("/api/v1/instructions")
                .header("Authorization", Tokens.roles("leader").regions("5205").bearer())
                .bodyValue(anInstruction()).exchange().expectStatus().isCreated()
                .expectBody(InstructionView.class).returnResult().getResponseBody().id();

        BadInputSuite.against(context, web).token(ANALYST)
                .endpoint(period(EndpointInputs.get("/api/v1/reports/summary")))
                .endpoint(period(EndpointInputs.get("/api/v1/reports/export")))
                .endpoint(period(EndpointInputs.get("/reports/analysis")))
                .endpoint(period(EndpointInputs.get("/reports/analysis.pdf")))
                .endpoint(period(EndpointInputs.get("/api/v1/hotspots")))
                .endpoint(EndpointInputs.post("/api/v1/bulletins")
                        .body(() -> new HashMap<>(Map.of("region", "5205", "year", 2017, "month", 6))))
                .endpoint(EndpointInputs.get("/api/v1/bulletins").query("region", "5205").query("year", "2017"))
                .endpoint(EndpointInputs.get("/api/v1/bulletins/{id}").pathVariable("id", BULLETIN))
                .endpoint(EndpointInputs.get("/api/v1/bulletins/{id}.html").pathVariable("id", BULLETIN))
                .endpoint(EndpointInputs.get("/api/v1/bulletins/{id}.pdf").pathVariable("id", BULLETIN))
                .endpoint(EndpointInputs.get("/api/v1/bulletins/{id}.xlsx").pathVariable("id", BULLETIN))
                .endpoint(EndpointInputs.post("/api/v1/instructions").body(BadInputSuiteTest::anInstruction)
                        .optional("leaderTitle", "deadline", "caseId", "trackingNumber")
                        .freeText("leader", "leaderTitle", "text"))
                .endpoint(EndpointInputs.get("/api/v1/instructions").query("region", "5205").query("state", "OPEN"))
                .endpoint(EndpointInputs.get("/api/v1/instructions/{id}").pathVariable("id", instruction))
                .endpoint(EndpointInputs.post("/api/v1/instructions/{id}/answers").pathVariable("id", instruction)
                        .body(() -> new HashMap<>(Map.of("addressee", "520502", "text", "已回访。")))
                        .freeText("text"))
                .ignoringChangesTo("hotspot_days", HOTSPOT_CONSUMER)
                .ignoringChangesTo("hotspot_claims", HOTSPOT_CONSUMER)
                .ignoringChangesTo("hotspots", HOTSPOT_CONSUMER)
                .ignoringChangesTo("processed_events", HOTSPOT_CONSUMER)
                .run();
    }

    private static Object anInstruction() {
        Map<String, Object> body = new HashMap<>();
        body.put("bulletinId", BULLETIN);
        body.put("leader", "周建琨");
        body.put("leaderTitle", "省政协副主席、市委书记");
        body.put("issuedAt", "2017-06-06");
        body.put("text", "举的例子全是毕节，要做好沟通了解；要作好认真整改。");
        body.put("addressees", List.of("520502", "HOUSING_CONSTRUCTION"));
        body.put("deadline", "2017-06-30");
        return body;
    }

    private static EndpointInputs period(EndpointInputs endpoint) {
        return endpoint.query("region", "5205").query("from", "2020-01-01").query("to", "2020-06-30");
    }
}
