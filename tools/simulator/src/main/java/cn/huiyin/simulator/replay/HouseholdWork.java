package cn.huiyin.simulator.replay;

import cn.huiyin.simulator.http.Api;
import cn.huiyin.simulator.http.ClientTokens;
import cn.huiyin.simulator.http.IfAnswerLost;
import cn.huiyin.simulator.scenario.HouseholdPlan;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * The monitoring office registers households, the departments send their warnings in one batch, some
 * households report themselves, and the office works the risk of some until it asks to eliminate it.
 * Monitoring records these when they happen, so they count on the days of the replay, not in 2020.
 * The county decides on each household waiting in the identification queue; an identification is that decision.
 */
final class HouseholdWork {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final List<String> MEASURES = List.of("MEDICAL", "EDUCATION", "EMPLOYMENT", "HOUSING", "INDUSTRY",
            "WATER", "TEMPORARY_RELIEF", "MINIMUM_LIVING_ALLOWANCE");

    private final Api api;
    private final URI monitoring;
    private final ClientTokens tokens;
    private final Ledger ledger;
    private final Map<String, String> levels = new LinkedHashMap<>();
    private final java.util.Set<String> monitored = new java.util.HashSet<>();
    final AtomicLong done = new AtomicLong();
    final AtomicLong identified = new AtomicLong();
    final AtomicLong cleared = new AtomicLong();
    final AtomicLong blocked = new AtomicLong();
    final AtomicLong signals = new AtomicLong();

    HouseholdWork(Api api, URI monitoring, ClientTokens tokens, Ledger ledger) {
        this.api = api;
        this.monitoring = monitoring;
        this.tokens = tokens;
        this.ledger = ledger;
    }

    void run(List<HouseholdPlan> plans, List<String> unmatchedIds) {
        LocalDate today = LocalDate.now(BEIJING);
        for (HouseholdPlan h : plans) {
            observe(h, expect(api.put(uri(h, ""), tokens.monitoringOffice(), register(h, today, true)), "register"));
        }
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            HouseholdPlan h = plans.get(i);
            if (h.warningKind() != null) {
                // the households the office works to elimination were warned about a hardship of more than a year
                // ago, which the departments report only now: taken in for it, helped, and no longer at risk today.
                // A hardship of this month keeps its risk active, and the clearing rules rightly refuse to clear it.
                warnings.add(warning(h.warningKind(), h.headIdNumber(), h.regionCode(), h.warningAmount(),
                        today.minusDays(h.clear() ? 400 : 1 + i % 20)));
            }
        }
        for (int i = 0; i < unmatchedIds.size(); i++) {
            HouseholdPlan near = plans.get(i % plans.size());
            warnings.add(warning("MEDICAL_INSURANCE", unmatchedIds.get(i), near.regionCode(), 12_000.0,
                    today.minusDays(2)));
        }
        if (!warnings.isEmpty()) {
            // a batch with its id and row keys: sent again after a lost answer, it stores nothing new
            expect(api.post(monitoring.resolve("/api/v1/warnings"), tokens.departments(), Map.of("batchId",
                    "replay-" + today, "warnings", warnings), IfAnswerLost.resend()), "warnings");
            signals.addAndGet(warnings.size());
        }
        for (HouseholdPlan h : plans) {
            if (h.selfReportFactors() != null) {
                expect(api.post(monitoring.resolve("/api/v1/self-reports"), tokens.departments(), Map.of(
                        "regionCode", h.regionCode(), "idNumber", h.headIdNumber(),
                        "factors", List.of(h.selfReportFactors().split(",")),
                        "description", "家中有人生病住院，孩子上学费用高", "occurredOn", today.minusDays(3).toString()),
                        IfAnswerLost.giveUp("a self-report")), "self-report");
                signals.incrementAndGet();
            }
            if (h.warningKind() != null || h.selfReportFactors() != null) {
                observe(h, expect(api.get(uri(h, ""), tokens.monitoringOffice()), "read"));
            }
        }
        for (HouseholdPlan h : plans) {
            decide(h);
        }
        for (HouseholdPlan h : plans) {
            if (h.clear() && monitored.contains(h.householdId())) {
                work(h, today);
            }
            done.incrementAndGet();
        }
    }

    /**
     * 应纳尽纳: the county decides on every household waiting in the identification queue — taken into monitoring
     * when it is at MEDIUM or above or is one the office will work on, for the risks it is found with; otherwise
     * not, with the reason.
     */
    private void decide(HouseholdPlan h) {
        JsonNode view = expect(api.get(uri(h, ""), tokens.monitoringOffice()), "read");
        JsonNode waiting = view.path("waitingForIdentification");
        if (waiting.isMissingNode() || waiting.isNull()) {
            return;
        }
        String level = view.path("risk").path("level").asString("NONE");
        List<String> reasons = new ArrayList<>();
        view.path("risk").path("factors").forEach(f -> reasons.add(f.asString()));
        if (reasons.isEmpty()) {
            waiting.path("factors").forEach(f -> reasons.add(f.asString()));
        }
        boolean atRisk = level.equals("MEDIUM") || level.equals("HIGH");
        Map<String, Object> decision = new LinkedHashMap<>();
        if ((atRisk || h.clear()) && !reasons.isEmpty()) {
            decision.put("decision", "IDENTIFY");
            decision.put("monitoringType", "SUDDEN_HARDSHIP");
            decision.put("reasons", reasons);
        } else {
            decision.put("decision", "NOT_IDENTIFY");
            decision.put("reason", "经入户核实，家庭收入稳定，风险可控，暂不纳入监测");
        }
        Api.Answer answer = api.post(uri(h, "/identification"), tokens.monitoringOffice(), decision,
                () -> decidedAlready(h));
        if (!answer.ok()) {
            ledger.failures.incrementAndGet();
            throw new IllegalStateException("identification decision refused: " + answer.problem());
        }
        if (decision.get("decision").equals("IDENTIFY")) {
            identified.incrementAndGet();
            ledger.householdsToday.add("households.identified");
            monitored.add(h.householdId());
        }
    }

    /** After a lost answer to a decision: it took effect when the household waits no longer. */
    private Optional<Api.Answer> decidedAlready(HouseholdPlan h) {
        Api.Answer read = api.get(uri(h, ""), tokens.monitoringOffice());
        return read.ok() && read.body().path("waitingForIdentification").isMissingNode() ? Optional.of(read)
                : Optional.empty();
    }

    /** Monitored, a plan whose measures are done, income back above the line, a visit, then elimination. */
    private void work(HouseholdPlan h, LocalDate today) {
        String office = tokens.monitoringOffice();
        observe(h, expect(api.put(uri(h, ""), office, register(h, today, false)), "helped"));
        List<Map<String, Object>> measures = MEASURES.stream()
                .map(type -> Map.<String, Object>of("type", type, "status", "DONE", "owner", "县乡村振兴局")).toList();
        // the plan replaces the household's plan: the same plan twice is one plan
        observe(h, expect(api.post(uri(h, "/assistance-plan"), office, Map.of("measures", measures),
                IfAnswerLost.resend()), "plan"));
        expect(api.post(uri(h, "/visits"), office, Map.of("kind", "VISIT", "helper", "帮扶责任人", "note", "入户核实"),
                IfAnswerLost.giveUp("a visit")), "visit");
        Api.Answer answer = api.post(uri(h, "/risk-elimination"), office, Map.of("evidence", "帮扶措施已落实，收入稳定"),
                () -> clearedAlready(h, office));
        if (answer.ok()) {
            cleared.incrementAndGet();
            ledger.householdsToday.add("households.cleared");
            levels.put(h.householdId(), "NONE");
        } else if (answer.status() == 422) {
            blocked.incrementAndGet();
        } else {
            throw new IllegalStateException("risk elimination: " + answer.problem());
        }
    }

    /** After a lost answer to the elimination: the household reads as cleared when it took effect. */
    private Optional<Api.Answer> clearedAlready(HouseholdPlan h, String office) {
        Api.Answer read = api.get(uri(h, ""), office);
        return read.ok() && read.body().path("status").asString().equals("RISK_CLEARED") ? Optional.of(read)
                : Optional.empty();
    }

    private void observe(HouseholdPlan h, JsonNode view) {
        levels.put(h.householdId(), view.path("risk").path("level").asString("NONE"));
    }

    private JsonNode expect(Api.Answer answer, String what) {
        if (!answer.ok()) {
            ledger.failures.incrementAndGet();
            throw new IllegalStateException(what + " refused: " + answer.problem());
        }
        return answer.body();
    }

    private URI uri(HouseholdPlan h, String action) {
        return monitoring.resolve("/api/v1/households/" + h.householdId() + action);
    }

    private static Map<String, Object> warning(String kind, String id, String region, Double amount, LocalDate on) {
        Map<String, Object> w = new LinkedHashMap<>();
        // the row's key in the batch: the department's own record number, never the person's ID number
        w.put("key", kind + "-" + java.util.UUID.randomUUID());
        w.put("kind", kind);
        w.put("idNumber", id);
        w.put("regionCode", region);
        if (amount != null && amount > 0) {
            w.put("amount", amount);
        }
        w.put("fact", "行业部门数据比对预警");
        w.put("date", on.toString());
        return w;
    }

    /**
     * A family of four, out of poverty (脱贫户); once helped, its income is back above the line. The register's facts
     * only: taking it into monitoring is a decision of its own, so an edit of a monitored household names no status.
     */
    private static Map<String, Object> register(HouseholdPlan h, LocalDate today, boolean first) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("regionCode", h.regionCode());
        body.put("head", Map.of("name", h.headName(), "idNumber", h.headIdNumber()));
        body.put("members", List.of(Map.of("age", 46, "ableToWork", true), Map.of("age", 44, "ableToWork", true),
                Map.of("age", 16, "inSchool", true, "schoolEnd", today.plusYears(2).withMonth(7).withDayOfMonth(1)
                        .toString()), Map.of("age", 70)));
        if (first) {
            body.put("status", "ALLEVIATED");
        }
        body.put("incomes", List.of(Map.of("year", today.getYear() - 1, "perCapita", 12_000, "wages", 36_000,
                "production", 10_000, "transfers", 2_000, "assessedOn", today.minusMonths(8).toString())));
        body.put("expenditure", Map.of("medical", 1_000, "schooling", 1_500));
        body.put("helper", Map.of("name", "帮扶责任人", "unit", "县乡村振兴局"));
        body.put("housingSafe", true);
        body.put("waterSafe", true);
        return body;
    }
}
