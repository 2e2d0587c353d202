package cn.huiyin.monitoring;

import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.apidocs.ApiDocumentContract;
import cn.huiyin.monitoring.households.web.HouseholdApiDocs;
import cn.huiyin.monitoring.support.Households;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;

/** Issue 17: monitoring-service's OpenAPI document describes every route, and its examples are accepted. */
@MonitoringServiceTest
class ApiDocumentTest extends ApiDocumentContract {

    private static final Tokens OFFICE = Tokens.scopes("households:read", "households:write")
            .withRoles("monitoring-office").regions("52");

    /** The province's monitoring office, which alone rescores every household. */
    @Override
    protected Tokens token(String operationId, List<String> scopes) {
        return super.token(operationId, scopes).withRoles("monitoring-office");
    }

    /** A fresh household in the state each documented example needs. */
    @Override
    protected Map<String, String> pathVariables(String operationId) {
        BadInputHouseholds households = new BadInputHouseholds(web, OFFICE);
        String id = switch (operationId) {
            // the example's head ID number belongs to this household only: the same id again replaces its record
            case "putHousehold" -> HouseholdApiDocs.HOUSEHOLD_ID;
            case "putAssistancePlan" -> households.atRisk().id();
            case "eliminateRisk" -> clearable().id();
            default -> households.registered().id();
        };
        return Map.of("householdId", id);
    }

    /** A family that was at risk, has a finished plan, a safe house, income over the line and a recent visit. */
    private Households clearable() {
        String assessedOn = LocalDate.now().minusMonths(8).toString();
        Households h = Households.aFamilyFromWeining()
                .with("members", List.of(Map.of("age", 45, "ableToWork", true), Map.of("age", 43, "ableToWork", true)))
                .with("incomes", List.of(Map.of("year", LocalDate.now().getYear() - 1, "perCapita", 4000,
                        "wages", 8000, "assessedOn", assessedOn)))
                .with("expenditure", Map.of("medical", 0, "schooling", 0))
                .with("housingSafe", false);
        send("PUT", "/api/v1/households/" + h.id(), h.body());
        send("POST", "/api/v1/households/" + h.id() + "/identification", Map.of("decision", "IDENTIFY",
                "monitoringType", "EDGE_OF_POVERTY", "reasons", List.of("UNSAFE_HOUSING", "INCOME_DROP")));
        send("POST", "/api/v1/households/" + h.id() + "/assistance-plan", Map.of("measures", List.of(
                Map.of("type", "HOUSING", "status", "DONE"), Map.of("type", "EMPLOYMENT", "status", "DONE"))));
        send("PUT", "/api/v1/households/" + h.id(), h.without("status").with("housingSafe", true).with("incomes", List.of(Map.of(
                "year", LocalDate.now().getYear() - 1, "perCapita", 12000, "wages", 24000, "assessedOn", assessedOn)))
                .body());
        send("POST", "/api/v1/households/" + h.id() + "/visits", Map.of("kind", "VISIT", "helper", "李帮扶"));
        return h;
    }

    private void send(String method, String uri, Object body) {
        web.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
                .header(HttpHeaders.AUTHORIZATION, OFFICE.bearer()).bodyValue(body)
                .exchange().expectStatus().is2xxSuccessful();
    }
}
