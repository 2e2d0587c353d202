package cn.huiyin.simulator.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * 毕节市, January to May 2020, as the seed report tells it (DESIGN.md section 7): 781 calls, 127 of them
 * appeals and complaints transferred to the counties (威宁 30, 七星关 19, 金沙 17 ...), housing 60,
 * relocation 18, infrastructure 15 ...; funds not disbursed 53, not eligible 41, work errors 25,
 * not implemented 9; reported satisfaction 107 / 12 / 8; callbacks 99 satisfied, 18 unsatisfied
 * (reopened and reported again, their second callback still to come), 10 unreachable at every one of
 * their three tries (the seed counts final outcomes; a few satisfied citizens answered the second try). The other
 * 654 calls are consultations and suggestions answered on the phone. At a smaller {@code scale}
 * the first cases of the shuffled plan are taken.
 */
final class BijieBackbone {

    static final Map<String, Integer> CASES_BY_COUNTY = ordered("520526", 30, "520502", 19, "520523", 17,
            "520521", 14, "520581", 13, "520527", 13, "520525", 12, "520524", 8, "520571", 1);
    /** Cases transferred per month (the seed's 11 December calls transferred in January counted in January). */
    static final int[] CASES_PER_MONTH = {31, 22, 24, 23, 27};
    /** The city's calls per month: 781, growing 3.7 % a month on average. */
    static final int[] CALLS_PER_MONTH = {146, 152, 158, 156, 169};

    private BijieBackbone() {
    }

    static List<CallPlan> calls(Random random, Scenario.Places places, Scenario.Ids ids, double scale) {
        List<Plan> plans = plans(random);
        Collections.shuffle(plans, random);
        int cases = (int) Math.round(plans.size() * scale);
        int[] casesPerMonth = Scenario.apportion(cases, CASES_PER_MONTH);
        int[] answered = new int[CALLS_PER_MONTH.length];
        for (int m = 0; m < answered.length; m++) {
            answered[m] = CALLS_PER_MONTH[m] - CASES_PER_MONTH[m];
        }
        int[] answeredPerMonth = Scenario.apportion((int) Math.round(654 * scale), answered);
        List<CallPlan> calls = new ArrayList<>();
        int next = 0;
        for (int m = 0; m < casesPerMonth.length; m++) {
            for (int k = 0; k < casesPerMonth[m]; k++, next++) {
                Plan plan = plans.get(next);
                CallPlan call = Calls.call(random, places, ids, plan.county, m + 1, (k * 7) % 28,
                        next % 2 == 0 ? "APPEAL" : "COMPLAINT", plan.categories.get(0), plan.casePlan, true);
                calls.add(Calls.withCategories(call, plan.categories));
            }
            List<String> counties = places.counties(Scenario.BIJIE).stream().map(r -> r.code()).toList();
            for (int k = 0; k < answeredPerMonth[m]; k++) {
                String category = Calls.CATEGORIES.get(random.nextInt(Calls.CATEGORIES.size()));
                calls.add(Calls.call(random, places, ids, counties.get(random.nextInt(counties.size())), m + 1,
                        random.nextInt(31), k < 5 ? "SUGGESTION" : "CONSULTATION", category, null, true));
            }
        }
        return calls;
    }

    private record Plan(String county, List<String> categories, CasePlan casePlan) {
    }

    /** The 127 cases laid out so that the seed's counts come out exactly. */
    static List<Plan> plans(Random random) {
        List<String> primaries = repeat("HOUSING_SECURITY", 60, "RELOCATION", 15, "INFRASTRUCTURE", 13,
                "SOCIAL_SECURITY", 10, "INDUSTRY", 10, "ELIGIBILITY", 10, "EDUCATION", 3, "EMPLOYMENT", 2,
                "MEDICAL_ASSISTANCE", 2, "FINANCE", 1, "LAND_ACQUISITION", 1);
        List<String> counties = new ArrayList<>();
        CASES_BY_COUNTY.forEach((county, n) -> counties.addAll(Collections.nCopies(n, county)));
        Collections.shuffle(counties, random);
        List<String> reported = repeat("SATISFIED", 107, "BASICALLY_SATISFIED", 12, "UNSATISFIED", 8);
        Collections.shuffle(reported, random);
        List<String> callbacks = repeat("SATISFIED", 99, "UNSATISFIED", 18, "UNREACHABLE", 10);
        Collections.shuffle(callbacks, random);
        List<Plan> plans = new ArrayList<>();
        int reachedLate = 0;
        int otherNatures = 0;
        for (int i = 0; i < 127; i++) {
            List<String> categories = new ArrayList<>(List.of(primaries.get(i)));
            if (i <= 2) {
                categories.add("RELOCATION");
            } else if (i <= 4) {
                categories.add("INFRASTRUCTURE");
            } else if (i <= 6) {
                categories.add("SOCIAL_SECURITY");
            }
            List<String> natures = new ArrayList<>();
            if (fundsDelayed(i)) {
                natures.add("FUNDS_DELAYED");
            } else {
                int k = otherNatures++;
                natures.add(k < 41 ? "POLICY_INELIGIBLE" : k < 66 ? "WORK_ERROR" : "POLICY_NOT_IMPLEMENTED");
                if (k == 65) {
                    natures.add("POLICY_NOT_IMPLEMENTED");
                }
            }
            String substantiated = natures.get(0).equals("POLICY_INELIGIBLE") ? "NO"
                    : natures.get(0).equals("WORK_ERROR") && i % 2 == 0 ? "PARTLY" : "YES";
            String callback = callbacks.get(i);
            List<String> first = switch (callback) {
                case "UNREACHABLE" -> List.of("UNREACHABLE", "UNREACHABLE", "UNREACHABLE");
                case "SATISFIED" -> reachedLate++ < 6 ? List.of("UNREACHABLE", "SATISFIED") : List.of(callback);
                default -> List.of(callback);
            };
            // reported 3 to 29 days after the transfer: 25 days are allowed, so some reports are late (迟报)
            Duration verify = Duration.ofDays(3 + i % 27).plusHours(2);
            Duration followUp = callback.equals("UNSATISFIED") ? Duration.ofDays(6 + i % 9) : null;
            CasePlan plan = new CasePlan(Duration.ofHours(20 + i % 30), verify, substantiated, List.copyOf(natures),
                    substantiated.equals("NO") ? "EXPLAINED" : "RESOLVED", reported.get(i), first, followUp,
                    List.of());
            plans.add(new Plan(counties.get(i), List.copyOf(categories), plan));
        }
        return plans;
    }

    /** Funds not disbursed: housing 31, industry 9, relocation 3 (the seed's), social security 5, roads 5. */
    private static boolean fundsDelayed(int i) {
        return (i >= 7 && i <= 37) || (i >= 98 && i <= 106) || (i >= 60 && i <= 62) || (i >= 88 && i <= 92)
                || (i >= 75 && i <= 79);
    }

    private static List<String> repeat(Object... pairs) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.addAll(Collections.nCopies((Integer) pairs[i + 1], (String) pairs[i]));
        }
        return values;
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
