package cn.huiyin.simulator.replay;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.simulator.scenario.CallPlan;
import cn.huiyin.simulator.scenario.Scenario;

import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * What the simulator sent and what the services answered, counted the way the reports count it:
 * for 毕节市 and for the province over the half-year, and for the households of the province on the
 * days the replay ran (monitoring records its changes when they happen, not back-dated).
 */
public final class Ledger {

    public final Figures bijie = new Figures();
    public final Figures province = new Figures();
    public final Figures householdsToday = new Figures();
    public final AtomicLong callsAccepted = new AtomicLong();
    public final AtomicLong callsKnown = new AtomicLong();
    public final AtomicLong callsRejected = new AtomicLong();
    public final AtomicLong answered = new AtomicLong();
    public final AtomicLong cases = new AtomicLong();
    public final AtomicLong verifications = new AtomicLong();
    public final AtomicLong reviews = new AtomicLong();
    public final AtomicLong callbacks = new AtomicLong();
    public final AtomicLong redated = new AtomicLong();
    public final AtomicLong failures = new AtomicLong();
    private final RegionRegistry regions;

    public Ledger(RegionRegistry regions) {
        this.regions = regions;
    }

    void callAccepted(CallPlan call) {
        String county = regions.countyOf(call.regionCode()).code();
        String city = regions.cityOf(county);
        for (Figures f : reportsOf(city)) {
            f.add("calls");
            f.add("callType." + call.type());
        }
    }

    /** A case as case-service shows it after the simulator's last action on it. */
    void caseSettled(JsonNode view) {
        String county = view.path("county").asString();
        String city = regions.cityOf(county);
        for (Figures f : reportsOf(city)) {
            f.add("cases");
            f.add("region." + (f == province ? city : county));
            view.path("categories").forEach(c -> f.add("category." + c.asString()));
            f.add("department." + view.path("leadDepartment").asString());
            view.path("coDepartments").forEach(d -> f.add("department." + d.asString()));
            JsonNode verification = view.path("verification");
            if (verification.isObject()) {
                f.add("verified");
                if (!verification.path("substantiated").asString().equals("NO")) {
                    f.add("substantiated");
                }
                verification.path("natures").forEach(n -> f.add("nature." + n.asString()));
                f.add("reported." + verification.path("reportedSatisfaction").asString());
            } else {
                f.add("missing");
            }
            JsonNode attempts = view.path("callbacks");
            if (attempts.size() > 0) {
                String last = attempts.get(attempts.size() - 1).path("result").asString();
                // an unreachable citizen counts as unreachable only once the last allowed try closed the case
                boolean tryAgain = last.equals("UNREACHABLE") && !view.path("state").asString().equals("CLOSED");
                f.add(tryAgain ? "callbackRetryPending" : "callback." + last);
            }
            if (view.path("late").asBoolean()) {
                f.add("late");
            }
            if (view.path("state").asString().equals("CLOSED")) {
                f.add("closed");
            }
            if (anyCallback(view, "UNSATISFIED")) {
                f.add("reopened");
            }
            if (anyAction(view, "RETURNED")) {
                f.add("returnedByCity");
            }
        }
    }

    private static boolean anyCallback(JsonNode view, String result) {
        for (JsonNode attempt : view.path("callbacks")) {
            if (attempt.path("result").asString().equals(result)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the case's timeline records the action, e.g. the city's review returning the report. */
    private static boolean anyAction(JsonNode view, String action) {
        for (JsonNode entry : view.path("timeline")) {
            if (entry.path("action").asString().equals(action)) {
                return true;
            }
        }
        return false;
    }

    private Figures[] reportsOf(String city) {
        return city.equals(Scenario.BIJIE) ? new Figures[] {bijie, province} : new Figures[] {province};
    }
}
