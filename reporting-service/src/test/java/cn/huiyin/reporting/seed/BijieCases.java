package cn.huiyin.reporting.seed;

import static cn.huiyin.events.Category.*;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.Category;
import cn.huiyin.events.Department;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Substantiation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The 127 cases of the seed report as plans: what each case is about and how it ends, laid out so
 * that the counts of DESIGN.md §7 come out exactly. Counties and satisfactions are shuffled with a
 * fixed seed, so the cases look mixed but every run generates the same ones.
 */
final class BijieCases {

    /**
     * One case: where, what, and how the county, the city and the callback desk answered. The callback desk's
     * attempts before the last were unreachable; {@code returnedByCity}: the city's review (市级核查) returned the
     * first report and the county reported again.
     */
    record Plan(int index, String county, List<Category> categories, Department lead, List<Department> co,
            List<Nature> natures, Substantiation substantiated, ReportedSatisfaction reported,
            CallbackResult callback, int callbackAttempts, boolean december, boolean returnedByCity) {
    }

    /** The callback desk gives up on an unreachable citizen at the third attempt (case-service's default). */
    static final int CALLBACK_ATTEMPTS = 3;

    private static final Map<Category, Department> LEAD = new EnumMap<>(Map.ofEntries(
            Map.entry(HOUSING_SECURITY, Department.HOUSING_CONSTRUCTION),
            Map.entry(RELOCATION, Department.ECOLOGICAL_MIGRATION), Map.entry(INFRASTRUCTURE, Department.TRANSPORT),
            Map.entry(SOCIAL_SECURITY, Department.CIVIL_AFFAIRS), Map.entry(INDUSTRY, Department.AGRICULTURE),
            Map.entry(ELIGIBILITY, Department.POVERTY_ALLEVIATION), Map.entry(EDUCATION, Department.EDUCATION),
            Map.entry(EMPLOYMENT, Department.HUMAN_RESOURCES),
            Map.entry(MEDICAL_ASSISTANCE, Department.MEDICAL_INSURANCE),
            Map.entry(FINANCE, Department.POVERTY_ALLEVIATION),
            Map.entry(LAND_ACQUISITION, Department.NATURAL_RESOURCES)));

    private BijieCases() {
    }

    static List<Plan> plans(Random random) {
        List<Category> primaries = repeat(HOUSING_SECURITY, 60, RELOCATION, 15, INFRASTRUCTURE, 13,
                SOCIAL_SECURITY, 10, INDUSTRY, 10, ELIGIBILITY, 10, EDUCATION, 3, EMPLOYMENT, 2,
                MEDICAL_ASSISTANCE, 2, FINANCE, 1, LAND_ACQUISITION, 1);
        // the 60 housing cases (the first 60) by county as the seed's 三(二) gives them, the rest of each county's after
        List<String> counties = new ArrayList<>();
        SeedFigures.HOUSING_BY_COUNTY.forEach((county, n) -> counties.addAll(Collections.nCopies(n, county)));
        Collections.shuffle(counties, random);
        List<String> others = new ArrayList<>();
        SeedFigures.CASES_BY_COUNTY.forEach((county, n) -> others.addAll(
                Collections.nCopies(n - SeedFigures.HOUSING_BY_COUNTY.getOrDefault(county, 0), county)));
        Collections.shuffle(others, random);
        counties.addAll(others);
        List<ReportedSatisfaction> reported = repeat(ReportedSatisfaction.SATISFIED, 107,
                ReportedSatisfaction.BASICALLY_SATISFIED, 12, ReportedSatisfaction.UNSATISFIED, 8);
        Collections.shuffle(reported, random);
        List<CallbackResult> callbacks = repeat(CallbackResult.SATISFIED, 99, CallbackResult.UNSATISFIED, 18,
                CallbackResult.UNREACHABLE, 10);
        Collections.shuffle(callbacks, random);
        List<Plan> plans = new ArrayList<>();
        int reachedLate = 0;
        int otherNatures = 0;
        int december = 0;
        for (int i = 0; i < SeedFigures.CASES; i++) {
            Category primary = primaries.get(i);
            List<Category> categories = new ArrayList<>(List.of(primary));
            List<Department> co = new ArrayList<>();
            if (i <= 2) {
                categories.add(RELOCATION);
            } else if (i <= 4) {
                categories.add(INFRASTRUCTURE);
            } else if (i <= 6) {
                categories.add(SOCIAL_SECURITY);
            }
            // eleven co-departments make 138 department mentions over 127 cases
            if (i <= 2) {
                co.add(Department.ECOLOGICAL_MIGRATION);
            } else if (i <= 4) {
                co.add(Department.TRANSPORT);
            } else if (i <= 6) {
                co.add(Department.CIVIL_AFFAIRS);
            } else if (i <= 10) {
                co.add(Department.NATURAL_RESOURCES);
            }
            List<Nature> natures = new ArrayList<>();
            if (fundsDelayed(i)) {
                natures.add(Nature.FUNDS_DELAYED);
            } else {
                int k = otherNatures++;
                natures.add(k < 41 ? Nature.POLICY_INELIGIBLE : k < 66 ? Nature.WORK_ERROR : Nature.POLICY_NOT_IMPLEMENTED);
                if (k == 65) {
                    natures.add(Nature.POLICY_NOT_IMPLEMENTED);
                }
            }
            Substantiation substantiated = natures.get(0) == Nature.POLICY_INELIGIBLE ? Substantiation.NO
                    : natures.get(0) == Nature.WORK_ERROR && i % 2 == 0 ? Substantiation.PARTLY : Substantiation.YES;
            CallbackResult callback = callbacks.get(i);
            // the seed's ten unreachable citizens were given up on after every attempt; a few satisfied ones
            // were reached only at the second try
            int attempts = callback == CallbackResult.UNREACHABLE ? CALLBACK_ATTEMPTS
                    : callback == CallbackResult.SATISFIED && reachedLate++ < 6 ? 2 : 1;
            boolean inDecember = i % 11 == 5 && december++ < 11;
            plans.add(new Plan(i, counties.get(i), List.copyOf(categories), LEAD.get(primary), List.copyOf(co),
                    List.copyOf(natures), substantiated, reported.get(i), callback, attempts, inDecember,
                    i % 31 == 3));
        }
        return plans;
    }

    /** Funds not disbursed: housing 31, industry 9, relocation 3 (the seed's), social security 5, roads 5. */
    private static boolean fundsDelayed(int i) {
        return (i >= 7 && i <= 37) || (i >= 98 && i <= 106) || (i >= 60 && i <= 62) || (i >= 88 && i <= 92)
                || (i >= 75 && i <= 79);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> repeat(Object... pairs) {
        List<T> values = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.addAll(Collections.nCopies((Integer) pairs[i + 1], (T) pairs[i]));
        }
        return values;
    }
}
