package cn.huiyin.monitoring;

import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.badinput.BadInputSuite;
import cn.huiyin.testkit.badinput.EndpointInputs;
import cn.huiyin.monitoring.support.Households;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

/** Issue 9: every endpoint of monitoring-service refuses every bad input with a 4xx problem and changes nothing. */
@MonitoringServiceTest
class BadInputSuiteTest {

    private static final Tokens OFFICE = Tokens.scopes("households:read", "households:write")
            .withRoles("monitoring-office").regions("52");
    private static final String[] HOUSEHOLD_OPTIONAL = {"members[0].ableToWork", "incomes[0].wages",
        "incomes[0].production", "incomes[0].transfers", "incomes[0].property", "incomes[0].assessedOn", "expenditure",
        "expenditure.medical", "expenditure.schooling", "helper", "helper.unit", "housingSafe", "waterSafe", "status"};

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @Test
    void answersEveryBadInputOfEveryEndpointWith4xxAndStoresNothing() {
        BadInputHouseholds households = new BadInputHouseholds(web, OFFICE);
        Households registered = households.registered();
        Households atRisk = households.atRisk();

        BadInputSuite.against(context, web).token(OFFICE)
                .endpoint(household(EndpointInputs.put("/api/v1/households/{householdId}"), registered)
                        .body(() -> registered.body())
                        .optional(HOUSEHOLD_OPTIONAL).freeText("head.name", "helper.name", "helper.unit"))
                .endpoint(household(EndpointInputs.get("/api/v1/households/{householdId}"), registered))
                .endpoint(household(EndpointInputs.get("/api/v1/households/{householdId}/risk"), registered))
                .endpoint(EndpointInputs.get("/api/v1/households")
                        .query("region", "520526").query("status", "MONITORED").query("riskLevel", "HIGH")
                        .query("riskFactor", "ILLNESS").query("page", "0").query("size", "20").paging("page", "size"))
                .endpoint(household(EndpointInputs.post("/api/v1/households/{householdId}/incomes"), registered)
                        .body(BadInputHouseholds::income)
                        .optional("wages", "production", "transfers", "property", "assessedOn"))
                .endpoint(household(EndpointInputs.post("/api/v1/households/{householdId}/assistance-plan"), atRisk)
                        .body(BadInputHouseholds::plan)
                        .optional("measures[0].description", "measures[0].owner", "measures[0].due",
                                "measures[0].status")
                        .freeText("measures.description", "measures.owner"))
                .endpoint(household(EndpointInputs.post("/api/v1/households/{householdId}/visits"), registered)
                        .body(BadInputHouseholds::visit).optional("on", "note").freeText("helper", "note"))
                .endpoint(household(EndpointInputs.post("/api/v1/households/{householdId}/risk-elimination"), atRisk)
                        .body(() -> Map.of("evidence", "危房改造完成，务工收入稳定")).freeText("evidence"))
                .endpoint(EndpointInputs.post("/api/v1/self-reports")
                        .body(() -> BadInputHouseholds.selfReport(registered))
                        .optional("description", "occurredOn").freeText("description"))
                .endpoint(EndpointInputs.post("/api/v1/warnings")
                        .body(() -> BadInputHouseholds.warnings(registered))
                        .optional("warnings[0].amount", "warnings[0].fact", "warnings[0].reference")
                        .freeText("warnings.fact", "warnings.reference")
                        .perItemResults((status, body) -> nothingAccepted(body)))
                .endpoint(EndpointInputs.get("/api/v1/warnings/unmatched"))
                .endpoint(EndpointInputs.get("/api/v1/identification-queue")
                        .query("region", "520526").query("source", "DEPARTMENT_WARNING").query("overdue", "true"))
                .endpoint(household(EndpointInputs.post("/api/v1/households/{householdId}/identification"),
                        households.registered())
                        .body(() -> Map.of("decision", "IDENTIFY", "monitoringType", "SUDDEN_HARDSHIP", "reasons",
                                List.of("ILLNESS")))
                        .optional("monitoringType", "reasons", "reasons[0]"))
                .endpoint(EndpointInputs.get("/api/v1/visits/overdue").query("region", "520526").query("by", "unit"))
                .endpoint(EndpointInputs.get("/api/v1/data-quality")
                        .query("region", "520526").query("page", "0").query("size", "500").paging("page", "size"))
                .endpoint(EndpointInputs.post("/api/v1/risk/rescore").query("pageSize", "100").paging("pageSize"))
                .run();
    }

    private static EndpointInputs household(EndpointInputs endpoint, Households h) {
        return endpoint.pathVariable("householdId", h.id());
    }

    private static boolean nothingAccepted(String body) {
        Map<?, ?> result = JsonMapper.shared().readValue(body, Map.class);
        return Integer.valueOf(0).equals(result.get("accepted"));
    }
}
