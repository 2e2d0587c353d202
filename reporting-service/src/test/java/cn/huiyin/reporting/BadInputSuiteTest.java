package cn.huiyin.reporting;

import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.badinput.BadInputSuite;
import cn.huiyin.testkit.badinput.EndpointInputs;

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

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @Test
    void answersEveryBadInputOfEveryEndpointWith4xxAndStoresNothing() {
        BadInputSuite.against(context, web).token(ANALYST)
                .endpoint(period(EndpointInputs.get("/api/v1/reports/summary")))
                .endpoint(period(EndpointInputs.get("/api/v1/reports/export")))
                .endpoint(period(EndpointInputs.get("/reports/analysis")))
                .endpoint(period(EndpointInputs.get("/reports/analysis.pdf")))
                .endpoint(period(EndpointInputs.get("/api/v1/hotspots")))
                .ignoringChangesTo("hotspot_days", HOTSPOT_CONSUMER)
                .ignoringChangesTo("hotspot_claims", HOTSPOT_CONSUMER)
                .ignoringChangesTo("hotspots", HOTSPOT_CONSUMER)
                .ignoringChangesTo("processed_events", HOTSPOT_CONSUMER)
                .run();
    }

    private static EndpointInputs period(EndpointInputs endpoint) {
        return endpoint.query("region", "5205").query("from", "2020-01-01").query("to", "2020-06-30");
    }
}
