package cn.huiyin.simulator.scenario;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The half-year the simulator replays, January to June 2020, generated from a seed: 毕节市's calls and
 * cases of the seed report as the backbone ({@link BijieBackbone}), every other Guizhou city's calls
 * around it, June for all, and the households the departments and the monitoring office work on.
 */
public record Scenario(List<CallPlan> calls, List<HouseholdPlan> households, List<String> unmatchedWarningIds) {

    public static final String PROVINCE = "52";
    public static final String BIJIE = "5205";
    public static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    public static final LocalDate TO = LocalDate.of(2020, 6, 30);
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** The other cities' calls, January to May, as the seed report implies them (2,564 − 781 = 1,783). */
    static final int OTHER_CITIES_CALLS = 1_783;
    static final String ZUNYI = "5203";

    public static Scenario generate(RegionRegistry regions, long seed, double scale, double others, String runId) {
        Random random = new Random(seed);
        Places places = new Places(regions);
        Ids ids = new Ids(runId);
        List<CallPlan> calls = new ArrayList<>(BijieBackbone.calls(random, places, ids, scale));
        calls.addAll(otherCities(random, places, ids, others));
        calls.addAll(june(random, places, ids, BIJIE, (int) Math.round(172 * scale)));
        calls.addAll(surge(new Random(seed ^ SURGE_SEED), places, ids));
        calls.sort(Comparator.comparing(CallPlan::receivedAt));
        List<HouseholdPlan> households = new ArrayList<>();
        households.addAll(Households.plans(random, places, ids, BIJIE, Math.max(1, (int) Math.round(24 * scale))));
        households.addAll(Households.plans(random, places, ids, null, (int) Math.round(12 * others)));
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < Math.max(1, households.size() / 10); i++) {
            unmatched.add(People.residentId(random, places.anyCounty(random, null).code()));
        }
        return new Scenario(List.copyOf(calls), List.copyOf(households), List.copyOf(unmatched));
    }

    private static List<CallPlan> otherCities(Random random, Places places, Ids ids, double others) {
        List<CallPlan> calls = new ArrayList<>();
        List<Region> cities = places.cities().stream().filter(c -> !c.code().equals(BIJIE)).toList();
        int zunyi = (int) Math.round(670 * others);
        int rest = (int) Math.round((OTHER_CITIES_CALLS - 670) * others);
        for (int i = 0; i < cities.size(); i++) {
            Region city = cities.get(i);
            boolean isZunyi = city.code().equals(ZUNYI);
            int total = isZunyi ? zunyi : rest / (cities.size() - 1) + (i < rest % (cities.size() - 1) ? 1 : 0);
            // 遵义市 has most calls in March, which is when 毕节市 is not first among the cities
            int[] weights = isZunyi ? new int[] {120, 130, 165, 125, 130} : new int[] {32, 32, 32, 32, 32};
            int[] perMonth = apportion(total, weights);
            for (int m = 0; m < perMonth.length; m++) {
                for (int k = 0; k < perMonth[m]; k++) {
                    calls.add(Calls.generic(random, places, ids, city.code(), m + 1, 0.12));
                }
            }
            calls.addAll(june(random, places, ids, city.code(), (int) Math.round((isZunyi ? 135 : 33) * others)));
        }
        return calls;
    }

    /** Draws the surge apart from the seeded scenario, so that the rest of the half-year stays as it was. */
    private static final long SURGE_SEED = 0x5eed_2020_0610L;

    /** 威宁自治县, where the planted surge (热点) happens. */
    static final String SURGE_COUNTY = "520526";

    /**
     * A planted hotspot (热点预警): ten callers about housing in one township of 威宁自治县 on 10 to 12 June 2020,
     * in June so that the seed report's January to May is untouched. Consultations and two appeals, each with its
     * category, each caller different.
     */
    static List<CallPlan> surge(Random random, Places places, Ids ids) {
        String township = places.firstTownship(SURGE_COUNTY);
        List<CallPlan> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean appeal = i % 5 == 4;
            CallPlan call = Calls.call(random, places, ids, SURGE_COUNTY, 6, 9 + i / 4,
                    appeal ? "APPEAL" : "CONSULTATION", "HOUSING_SECURITY",
                    appeal ? CaseOutcomes.generic(random) : null, false);
            calls.add(new CallPlan(call.externalId(), call.receivedAt(), call.channel(), call.type(), township,
                    call.countyCode(), call.cityCode(), List.of("HOUSING_SECURITY"), call.content(), call.caller(),
                    call.casePlan(), false));
        }
        return calls;
    }

    private static List<CallPlan> june(Random random, Places places, Ids ids, String city, int count) {
        List<CallPlan> calls = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            calls.add(Calls.generic(random, places, ids, city, 6, city.equals(BIJIE) ? 0.16 : 0.12));
        }
        return calls;
    }

    /** Splits a total over weights, largest remainders first, so the parts add up exactly. */
    static int[] apportion(int total, int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                best = remainders[i] > remainders[best] ? i : best;
            }
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }

    static OffsetDateTime at(int month, int day, Random random) {
        LocalDate date = LocalDate.of(2020, month, 1).plusDays(day % LocalDate.of(2020, month, 1).lengthOfMonth());
        return OffsetDateTime.of(date, LocalTime.of(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60)),
                BEIJING);
    }

    /** External ids unique to the run: the same run id and seed give the same ids. */
    static final class Ids {

        private final String runId;
        /** Draws the run's own people (heads of household), apart from the seeded scenario. */
        private final Random people;
        private int calls;
        private int households;

        Ids(String runId) {
            this.runId = runId;
            this.people = new Random(runId.hashCode());
        }

        String call() {
            return "sim-" + runId + "-" + String.format("%05d", ++calls);
        }

        String household() {
            return "sim-" + runId + "-hh-" + String.format("%04d", ++households);
        }

        Random people() {
            return people;
        }
    }

    /** Guizhou's cities, their county-level units and townships, from the region registry. */
    static final class Places {

        private final RegionRegistry regions;

        Places(RegionRegistry regions) {
            this.regions = regions;
        }

        List<Region> cities() {
            return regions.children(PROVINCE).stream().filter(r -> r.level() == RegionLevel.CITY).toList();
        }

        List<Region> counties(String city) {
            return regions.children(city).stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
        }

        Region anyCounty(Random random, String city) {
            List<Region> cities = cities();
            String c = city != null ? city : cities.get(random.nextInt(cities.size())).code();
            List<Region> counties = counties(c);
            return counties.get(random.nextInt(counties.size()));
        }

        /** A township of the county (the county itself when the registry lists none). */
        /** The county's first township of its own (not a functional area's). */
        String firstTownship(String county) {
            return regions.children(county).stream().filter(r -> r.level() == RegionLevel.TOWNSHIP)
                    .filter(r -> regions.countyOf(r.code()).code().equals(county)).map(Region::code).findFirst()
                    .orElse(county);
        }

        String township(Random random, String county) {
            List<Region> townships = regions.children(county).stream()
                    .filter(r -> r.level() == RegionLevel.TOWNSHIP)
                    .filter(r -> regions.countyOf(r.code()).code().equals(county)).toList();
            return townships.isEmpty() ? county : townships.get(random.nextInt(townships.size())).code();
        }

        String cityOf(String county) {
            return regions.cityOf(county);
        }
    }

    static Duration days(double days) {
        return Duration.ofMinutes(Math.round(days * 24 * 60));
    }
}
