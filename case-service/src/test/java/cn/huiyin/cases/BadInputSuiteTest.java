package cn.huiyin.cases;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.badinput.BadInputSuite;
import cn.huiyin.testkit.badinput.EndpointInputs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 9: every endpoint of case-service refuses every bad input with a 4xx problem and changes no case. */
@CaseServiceTest
class BadInputSuiteTest {

    /** The province may read, transfer, report on and call back every case, so only the input is wrong. */
    private static final Tokens PROVINCE = Tokens.scopes("cases:read", "cases:write", "callbacks:write")
            .withRoles("hotline-supervisor", "city-office").regions("52", "5205").subject("province");

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @Autowired
    CaseOpening opening;

    @Autowired
    Clock clock;

    @Test
    void answersEveryBadInputOfEveryEndpointWith4xxAndStoresNothing() {
        BadInputCases cases = new BadInputCases(web, opening, PROVINCE);
        CaseReceived call = cases.openedCall();
        String caseId = BadInputCases.caseIdOf(call);

        BadInputSuite.against(context, web).token(PROVINCE)
                .endpoint(EndpointInputs.get("/api/v1/cases/{caseId}").pathVariable("caseId", caseId))
                .endpoint(EndpointInputs.get("/api/v1/cases/by-tracking/{trackingNumber}")
                        .pathVariable("trackingNumber", call.trackingNumber()))
                .endpoint(EndpointInputs.get("/api/v1/cases")
                        .query("county", "520526").query("state", "ASSIGNED").query("overdue", "false")
                        .query("dueSoon", "false").query("category", "HOUSING_SECURITY")
                        .query("department", "HOUSING_CONSTRUCTION")
                        .query("page", "0").query("size", "20").paging("page", "size"))
                .endpoint(EndpointInputs.get("/api/v1/callbacks/due")
                        .query("county", "5205").query("page", "0").query("size", "20").paging("page", "size"))
                .endpoint(action(cases.assigned(), "assignment", () -> body("county", "520527",
                        "leadDepartment", "HOUSING_CONSTRUCTION", "coDepartments", List.of("ECOLOGICAL_MIGRATION"),
                        "deadline", LocalDate.now(clock).plusDays(30).toString(), "leadOfficial", "王五"))
                        .optional("leadDepartment", "coDepartments", "deadline", "leadOfficial")
                        .freeText("leadOfficial"))
                .endpoint(action(cases.assigned(), "acceptance", () -> body("investigators", List.of("张三"),
                        "at", now()))
                        .optional("at").freeText("investigators"))
                .endpoint(action(cases.investigating(), "verification", () -> {
                    Map<String, Object> body = new LinkedHashMap<>(BadInputCases.verification());
                    body.put("householdId", "hh-520526-0001");
                    body.put("at", now());
                    return body;
                }).optional("findings", "householdAtRisk", "householdId", "at").freeText("findings"))
                .endpoint(action(cases.reviewPending(), "review", () -> body("decision", "RETURN",
                        "opinion", "核查不细，请重新核实", "at", now()))
                        .optional("at").freeText("opinion"))
                .endpoint(action(cases.callbackPending(), "callbacks", () -> body("result", "UNREACHABLE",
                        "unreachableReason", "NO_ANSWER", "comment", "无人接听", "at", now()))
                        .optional("comment", "at").freeText("comment"))
                .endpoint(action(cases.assigned(), "urges", () -> body("note", "请尽快核查"))
                        .freeText("note"))
                .endpoint(action(cases.assigned(), "key-case", () -> body("leader", "王五", "leadUnit", "威宁县住建局",
                        "note", "领导包案"))
                        .optional("note").freeText("leader", "leadUnit", "note"))
                .run();
    }

    private static EndpointInputs action(String caseId, String action, java.util.function.Supplier<Object> body) {
        return EndpointInputs.post("/api/v1/cases/{caseId}/" + action).pathVariable("caseId", caseId).body(body);
    }

    /** Now, as a county system would date its report; a fresh value for every input. */
    private String now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), HotlineTime.ZONE).toString();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
