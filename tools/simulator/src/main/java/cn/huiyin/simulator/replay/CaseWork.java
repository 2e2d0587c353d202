package cn.huiyin.simulator.replay;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.simulator.http.Api;
import cn.huiyin.simulator.http.ClientTokens;
import cn.huiyin.simulator.http.IfAnswerLost;
import cn.huiyin.simulator.scenario.CallPlan;
import cn.huiyin.simulator.scenario.CasePlan;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * One case from the county's and the callback desk's side: the county system finds the case by its
 * tracking number, accepts it and reports (some late, some never); where the city reviews its counties' reports
 * (市级核查, on by default) the city office approves the report; the desk calls the citizen back;
 * an unsatisfied citizen's case is reported on again by the county (跟踪调度) and called back again.
 * Every action carries {@code at}, the time it happened in the replayed half-year.
 */
final class CaseWork {

    /** How long case-service may take to open a case once it runs (a wait for case-service itself comes on top). */
    private static final Duration OPENING_TIMEOUT = Duration.ofSeconds(90);
    /** The deadline watch's marks in a case's timeline: case-service's clock noticing a deadline, not an act. */
    private static final Set<String> DEADLINE_MARKS = Set.of("DUE_SOON", "OVERDUE");

    private final Api api;
    private final URI cases;
    private final ClientTokens tokens;
    private final Ledger ledger;
    private final RegionRegistry regions;
    final AtomicLong done = new AtomicLong();
    final AtomicLong total = new AtomicLong();

    CaseWork(Api api, URI cases, ClientTokens tokens, Ledger ledger, RegionRegistry regions) {
        this.api = api;
        this.regions = regions;
        this.cases = cases;
        this.tokens = tokens;
        this.ledger = ledger;
    }

    void run(CallPlan call, String trackingNumber) {
        try {
            JsonNode view = opened(trackingNumber);
            String county = tokens.county(view.path("county").asString());
            CasePlan plan = call.casePlan();
            OffsetDateTime received = call.receivedAt();
            view = act(view, "acceptance", county, Map.of("investigators", List.of("核查组甲", "核查组乙")),
                    received.plus(plan.acceptAfter()));
            if (plan.reported()) {
                OffsetDateTime at = received.plus(plan.verifyAfter());
                view = verify(view, county, plan, at);
                at = at.plusDays(1);
                for (String result : plan.firstRound()) {
                    view = callback(view, result, at);
                    at = at.plusDays(1);
                }
                if (plan.followUpAfter() != null && view.path("state").asString().equals("INVESTIGATING")) {
                    at = at.plus(plan.followUpAfter());
                    view = verify(view, county, plan, at);
                    for (String result : plan.secondRound()) {
                        at = at.plusDays(1);
                        view = callback(view, result, at);
                    }
                }
            }
            ledger.caseSettled(view);
        } catch (RuntimeException e) {
            ledger.failures.incrementAndGet();
            System.err.println("case " + trackingNumber + ": " + e.getMessage());
        } finally {
            done.incrementAndGet();
        }
    }

    /** case-service opens the case when it reads case-received: wait for it. */
    private JsonNode opened(String trackingNumber) {
        long deadline = System.nanoTime() + OPENING_TIMEOUT.plus(api.patience()).toNanos();
        URI uri = cases.resolve("/api/v1/cases/by-tracking/" + trackingNumber);
        while (true) {
            Api.Answer answer = api.get(uri, tokens.callbackDesk());
            if (answer.ok()) {
                return answer.body();
            }
            if (answer.status() != 404 || System.nanoTime() > deadline) {
                throw new IllegalStateException("the case was not opened: " + answer.problem());
            }
            Pause.of(250);
        }
    }

    private JsonNode verify(JsonNode view, String county, CasePlan plan, OffsetDateTime at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("substantiated", plan.substantiated());
        body.put("natures", plan.natures());
        body.put("findings", "经实地核查，已向群众说明情况");
        body.put("resolution", plan.resolution());
        body.put("reportedSatisfaction", plan.reportedSatisfaction());
        body.put("householdAtRisk", false);
        JsonNode verified = act(view, "verification", county, body, at);
        ledger.verifications.incrementAndGet();
        if (verified.path("state").asString().equals("REVIEW_PENDING")) {
            String city = regions.cityOf(verified.path("county").asString());
            verified = act(verified, "review", tokens.city(city), Map.of("decision", "APPROVE",
                    "opinion", "经市级核查，同意县级调查意见"), at.plusHours(12));
            ledger.reviews.incrementAndGet();
        }
        return verified;
    }

    private JsonNode callback(JsonNode view, String result, OffsetDateTime at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        if (result.equals("UNREACHABLE")) {
            body.put("unreachableReason", "POWERED_OFF");
        } else if (result.equals("UNSATISFIED")) {
            body.put("comment", "群众对处理结果不满意");
        }
        JsonNode called = act(view, "callbacks", tokens.callbackDesk(), body, at);
        ledger.callbacks.incrementAndGet();
        return called;
    }

    /**
     * Posts an action dated {@code at}. When case-service refuses the date because the case already
     * records something later (its deadline watch marks 2020 cases overdue in real time), the action
     * is sent again undated, i.e. now, and counted as re-dated. {@code before} is the case as the last
     * answer showed it.
     */
    private JsonNode act(JsonNode before, String action, String token, Map<String, Object> body, OffsetDateTime at) {
        String caseId = before.path("caseId").asString();
        URI uri = cases.resolve("/api/v1/cases/" + caseId + "/" + action);
        Map<String, Object> dated = new LinkedHashMap<>(body);
        dated.put("at", at.toString());
        IfAnswerLost ifLost = () -> actedAlready(caseId, token, acts(before));
        Api.Answer answer = api.post(uri, token, dated, ifLost);
        if (answer.status() == 400 && answer.body().path("errors").toString().contains("\"field\":\"at\"")) {
            ledger.redated.incrementAndGet();
            answer = api.post(uri, token, body, ifLost);
        }
        if (!answer.ok()) {
            throw new IllegalStateException(action + " refused: " + answer.problem());
        }
        return answer.body();
    }

    /**
     * After a lost answer: an action is not idempotent (a second callback would count twice), but only this
     * client acts on its case, so one more act in the timeline than before means the lost one took effect.
     */
    private Optional<Api.Answer> actedAlready(String caseId, String token, long actsBefore) {
        Api.Answer read = api.get(cases.resolve("/api/v1/cases/" + caseId), token);
        return read.ok() && acts(read.body()) > actsBefore ? Optional.of(read) : Optional.empty();
    }

    static long acts(JsonNode view) {
        long n = 0;
        for (JsonNode entry : view.path("timeline")) {
            n += DEADLINE_MARKS.contains(entry.path("action").asString()) ? 0 : 1;
        }
        return n;
    }
}
