package cn.huiyin.monitoring;

import cn.huiyin.testkit.Tokens;
import cn.huiyin.monitoring.support.Decisions;
import cn.huiyin.monitoring.support.Households;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Registered households for the bad-input suite, and the valid bodies of their actions. */
final class BadInputHouseholds {

    private final WebTestClient web;
    private final Tokens token;

    BadInputHouseholds(WebTestClient web, Tokens token) {
        this.web = web;
        this.token = token;
    }

    /** A family of 威宁 as registered by the monitoring office. */
    Households registered() {
        return register(Households.aFamilyFromWeining());
    }

    /** A family whose income fell below the monitoring line and whose house is unsafe: it has risks to plan for. */
    Households atRisk() {
        Households h = register(Households.aFamilyFromWeining().with("housingSafe", false)
                .with("members", List.of(Map.of("age", 45, "ableToWork", true), Map.of("age", 43, "ableToWork", true)))
                .with("incomes", List.of(Map.of("year", LocalDate.now().getYear() - 1, "perCapita", 4000,
                        "assessedOn", LocalDate.now().minusMonths(1).toString())))
                .with("expenditure", Map.of("medical", 0, "schooling", 0)));
        Decisions.identify(web, token.bearer(), h.id(), "EDGE_OF_POVERTY", "UNSAFE_HOUSING", "INCOME_DROP");
        return h;
    }

    static Map<String, Object> income() {
        return Map.of("year", LocalDate.now().getYear() - 1, "perCapita", 12000, "wages", 30000, "production", 12000,
                "transfers", 5000, "property", 1000, "assessedOn", LocalDate.now().minusDays(7).toString());
    }

    static Map<String, Object> plan() {
        return Map.of("measures", List.of(Map.of("type", "HOUSING", "description", "危房改造", "owner", "县住建局",
                "due", LocalDate.now().plusMonths(3).toString(), "status", "PLANNED")));
    }

    static Map<String, Object> visit() {
        return Map.of("kind", "VISIT", "on", LocalDate.now().toString(), "helper", "李帮扶", "note", "入户核实收入");
    }

    static Map<String, Object> selfReport(Households h) {
        return Map.of("regionCode", "520526211", "idNumber", h.idNumber(), "factors", List.of("DISASTER"),
                "description", "昨夜暴雨，房屋被冲垮", "occurredOn", LocalDate.now().minusDays(1).toString());
    }

    static Map<String, Object> warnings(Households h) {
        return Map.of("batchId", "b-" + h.id(), "warnings", List.of(Map.of("key", "W-1", "kind", "MEDICAL_INSURANCE", "idNumber", h.idNumber(),
                "regionCode", "520526211", "amount", 15000, "fact", "住院自付费用高",
                "date", LocalDate.now().minusDays(3).toString(), "reference", "W-1")));
    }

    private Households register(Households h) {
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, token.bearer())
                .bodyValue(h.body()).exchange().expectStatus().is2xxSuccessful();
        return h;
    }
}
