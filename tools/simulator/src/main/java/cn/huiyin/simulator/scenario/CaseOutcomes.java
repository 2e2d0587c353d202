package cn.huiyin.simulator.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/** How cases outside the backbone go: most reported in time and closed satisfied, some late, reopened or unreachable. */
final class CaseOutcomes {

    private static final List<String> SUBSTANTIATED_NATURES = List.of("FUNDS_DELAYED", "WORK_ERROR",
            "POLICY_NOT_IMPLEMENTED", "OTHER");

    private CaseOutcomes() {
    }

    static CasePlan generic(Random random) {
        Duration accept = Scenario.days(0.5 + random.nextDouble() * 2);
        double r = random.nextDouble();
        if (r < 0.03) {
            // the county accepts but never reports: a missing report (漏报)
            return new CasePlan(accept, null, null, List.of(), null, null, List.of(), null, List.of());
        }
        Duration verify = r < 0.15 ? Scenario.days(26 + random.nextDouble() * 14) : Scenario.days(3 + random.nextDouble() * 20);
        double s = random.nextDouble();
        String substantiated = s < 0.45 ? "YES" : s < 0.65 ? "PARTLY" : "NO";
        List<String> natures = substantiated.equals("NO") ? List.of("POLICY_INELIGIBLE")
                : List.of(SUBSTANTIATED_NATURES.get(random.nextInt(SUBSTANTIATED_NATURES.size())));
        String resolution = substantiated.equals("NO") ? "EXPLAINED" : random.nextInt(8) == 0 ? "IN_PROGRESS" : "RESOLVED";
        double q = random.nextDouble();
        String reported = q < 0.84 ? "SATISFIED" : q < 0.93 ? "BASICALLY_SATISFIED" : "UNSATISFIED";
        double c = random.nextDouble();
        List<String> first;
        List<String> second = List.of();
        Duration followUp = null;
        if (c < 0.78) {
            first = List.of("SATISFIED");
        } else if (c < 0.91) {
            first = List.of("UNSATISFIED");
            followUp = Scenario.days(4 + random.nextDouble() * 10);
            second = random.nextInt(10) < 7 ? List.of("SATISFIED") : List.of();
        } else if (c < 0.955) {
            first = List.of("UNREACHABLE", "UNREACHABLE", "UNREACHABLE");
        } else {
            first = random.nextBoolean() ? List.of("UNREACHABLE") : List.of("UNREACHABLE", "SATISFIED");
        }
        return new CasePlan(accept, verify, substantiated, natures, resolution, reported, first, followUp, second);
    }
}
