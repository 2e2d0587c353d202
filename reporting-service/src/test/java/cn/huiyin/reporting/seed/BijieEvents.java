package cn.huiyin.reporting.seed;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseAccepted;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.Department;
import cn.huiyin.events.Disposition;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.OverdueStage;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.UnreachableReason;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates the hotline's events behind the seed report: 毕节市's calls, cases, verifications,
 * callbacks and household changes, and the other Guizhou cities' calls, January to May 2020 (plus
 * the December 2019 calls transferred in January). {@link Truth} holds the figures the seed does
 * not state, as the generator laid them out, for the tests to check against.
 */
public final class BijieEvents {

    /** Figures the seed report does not give, known from how the events were generated. */
    public record Truth(int substantiated, int late, int closed, int reopened, int returnedByCity, int repeats,
            Map<String, Integer> casesByTownship, Map<Department, Integer> casesByDepartment,
            double averageDaysToVerification, double averageDaysToClose, List<Integer> monthlyCases,
            Map<Category, Integer> fundsDelayedByCategory, BijieHouseholds.Truth households,
            Map<String, League> leagueByCounty) {
    }

    /** A county's counts behind its league table rates (三率). */
    public record League(int cases, int responded, int reached, int resolved, int satisfied) {

        League plus(League other) {
            return new League(cases + other.cases, responded + other.responded, reached + other.reached,
                    resolved + other.resolved, satisfied + other.satisfied);
        }
    }

    /** Every ninth case is accepted (签收) a day and six hours after its transfer: late for the 24-hour limit. */
    static boolean acceptedLate(int index) {
        return index % 9 == 4;
    }

    public record Generated(List<Published> events, Truth truth) {
    }

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2020, 1), YearMonth.of(2020, 2),
            YearMonth.of(2020, 3), YearMonth.of(2020, 4), YearMonth.of(2020, 5));
    private static final List<Integer> TRANSFERRED_PER_MONTH = List.of(20, 22, 24, 23, 27);
    /** 遵义市 out-calls 毕节市 in January only: the seed's "除1月为第2位外,2-5月均为第1位". */
    private static final List<Integer> ZUNYI_CALLS = List.of(150, 130, 150, 125, 115);
    private static final Duration DEADLINE = Duration.ofDays(25);

    private final RegionRegistry regions;
    private final List<Published> events = new ArrayList<>();
    private long sequence;

    private BijieEvents(RegionRegistry regions) {
        this.regions = regions;
    }

    public static Generated generate(RegionRegistry regions) {
        return new BijieEvents(regions).generate();
    }

    private Generated generate() {
        Random random = new Random(2020);
        List<BijieCases.Plan> plans = BijieCases.plans(random);
        Map<String, Integer> byTownship = new LinkedHashMap<>();
        Map<Department, Integer> byDepartment = new EnumMap<>(Department.class);
        Map<Category, Integer> fundsDelayed = new EnumMap<>(Category.class);
        int[] monthlyCases = new int[MONTHS.size()];
        Map<String, League> league = new LinkedHashMap<>();
        Townships townships = new Townships(regions);
        int inPeriod = 0;
        int december = 0;
        int substantiated = 0;
        int late = 0;
        int closed = 0;
        int reopened = 0;
        int returnedByCity = 0;
        double daysToVerify = 0;
        double daysToClose = 0;
        for (BijieCases.Plan plan : plans) {
            Instant received;
            Instant transferred;
            if (plan.december()) {
                received = at(LocalDate.of(2019, 12, 20 + december % 10), 10 + december % 6);
                transferred = at(LocalDate.of(2020, 1, 2 + december % 5), 9);
                december++;
            } else {
                int month = monthOf(inPeriod);
                LocalDate day = MONTHS.get(month).atDay(1 + (inPeriod * 7) % 28);
                received = at(day, 9 + inPeriod % 8);
                transferred = received.plus(Duration.ofMinutes(30));
                inPeriod++;
            }
            monthlyCases[MONTHS.indexOf(YearMonth.from(transferred.atZone(HotlineTime.ZONE)))]++;
            String township = townships.next(plan.county());
            byTownship.merge(township, 1, Integer::sum);
            byDepartment.merge(plan.lead(), 1, Integer::sum);
            plan.co().forEach(d -> byDepartment.merge(d, 1, Integer::sum));
            if (plan.natures().contains(cn.huiyin.events.Nature.FUNDS_DELAYED)) {
                plan.categories().forEach(c -> fundsDelayed.merge(c, 1, Integer::sum));
            }
            Instant verified = transferred.plus(Duration.ofDays(3 + plan.index() % 27)).plus(Duration.ofHours(2));
            boolean isLate = verified.isAfter(transferred.plus(DEADLINE));
            Instant lastCallback = caseEvents(plan, township, received, transferred, verified, isLate);
            substantiated += plan.substantiated() != cn.huiyin.events.Substantiation.NO ? 1 : 0;
            late += isLate ? 1 : 0;
            daysToVerify += days(transferred, verified);
            if (plan.callback() != CallbackResult.UNSATISFIED) {
                closed++;
                daysToClose += days(transferred, lastCallback);
            }
            reopened += plan.callback() == CallbackResult.UNSATISFIED ? 1 : 0;
            boolean reached = plan.callback() != CallbackResult.UNREACHABLE;
            league.merge(plan.county(), new League(1, acceptedLate(plan.index()) ? 0 : 1, reached ? 1 : 0,
                    reached && plan.substantiated() != cn.huiyin.events.Substantiation.NO ? 1 : 0,
                    plan.callback() == CallbackResult.SATISFIED ? 1 : 0), League::plus);
            returnedByCity += plan.returnedByCity() ? 1 : 0;
        }
        int repeats = BijieCalls.answeredAndOtherCities(this, regions, MONTHS, TRANSFERRED_PER_MONTH, ZUNYI_CALLS);
        BijieHouseholds.Truth households = BijieHouseholds.generate(this, regions);
        List<Integer> monthly = java.util.Arrays.stream(monthlyCases).boxed().toList();
        return new Generated(List.copyOf(events), new Truth(substantiated, late, closed, reopened, returnedByCity,
                repeats, byTownship, byDepartment, daysToVerify / SeedFigures.CASES, daysToClose / closed, monthly,
                fundsDelayed, households, league));
    }

    private static int monthOf(int inPeriod) {
        int sum = 0;
        for (int m = 0; m < TRANSFERRED_PER_MONTH.size(); m++) {
            sum += TRANSFERRED_PER_MONTH.get(m);
            if (inPeriod < sum) {
                return m;
            }
        }
        throw new IllegalStateException("more in-period cases than planned: " + inPeriod);
    }

    /** Publishes the case's call and its case events; returns when its last callback ended. */
    private Instant caseEvents(BijieCases.Plan plan, String township, Instant received, Instant transferred,
            Instant verified, boolean late) {
        String callId = "call-bj-" + plan.index();
        String caseId = UUID.nameUUIDFromBytes(("case:" + callId).getBytes()).toString();
        String tracking = "HY" + plan.county() + "-" + received.atZone(HotlineTime.ZONE).toLocalDate()
                .toString().replace("-", "") + "-" + String.format("%06d", plan.index() + 1);
        String callerRef = callerRef(plan.index());
        Instant deadline = transferred.plus(DEADLINE);
        publish(new CaseReceived(callId, tracking, received, Channel.PHONE,
                plan.index() % 2 == 0 ? CallType.APPEAL : CallType.COMPLAINT, Disposition.TRANSFER,
                plan.categories(), CaseReceived.Classification.byCaller(), township, township, plan.county(),
                SeedFigures.CITY, SeedFigures.PROVINCE, callerRef, "138****" + String.format("%04d", plan.index()),
                false, null, "诉求内容（生成）"), callId, received);
        publish(new CaseAssigned(caseId, callId, tracking, plan.county(), plan.lead(), plan.co(), deadline, null,
                transferred, false), caseId, transferred);
        Instant accepted = transferred.plus(acceptedLate(plan.index()) ? Duration.ofHours(30) : Duration.ofHours(2));
        publish(new CaseAccepted(caseId, callId, tracking, plan.county(), transferred, accepted), caseId, accepted);
        if (late) {
            publish(new CaseOverdue(caseId, tracking, plan.county(), OverdueStage.OVERDUE, deadline,
                    deadline.plus(Duration.ofHours(1)), callId), caseId, deadline.plus(Duration.ofHours(1)));
        }
        Resolution resolution = plan.substantiated() == cn.huiyin.events.Substantiation.NO ? Resolution.EXPLAINED
                : Resolution.RESOLVED;
        publish(new CaseVerified(caseId, callId, tracking, township, plan.county(), plan.categories(), plan.lead(),
                plan.co(), plan.substantiated(), plan.natures(), "核查情况（生成）", resolution, plan.reported(), false,
                null, callerRef, transferred, deadline, verified, late, 0, 0), caseId, verified);
        Instant at = verified;
        if (plan.returnedByCity()) {
            // the city's review returned the report with a new deadline; the county reported again four days later
            Instant returned = verified.plus(Duration.ofDays(1));
            at = verified.plus(Duration.ofDays(4));
            publish(new CaseVerified(caseId, callId, tracking, township, plan.county(), plan.categories(),
                    plan.lead(), plan.co(), plan.substantiated(), plan.natures(), "重新核查情况（生成）", resolution,
                    plan.reported(), false, null, callerRef, transferred, returned.plus(DEADLINE), at, false, 1, 1),
                    caseId, at);
        }
        for (int attempt = 1; attempt <= plan.callbackAttempts(); attempt++) {
            at = at.plus(Duration.ofDays(2));
            boolean last = attempt == plan.callbackAttempts();
            CallbackResult result = last ? plan.callback() : CallbackResult.UNREACHABLE;
            boolean closes = result == CallbackResult.SATISFIED
                    || (result == CallbackResult.UNREACHABLE && attempt == BijieCases.CALLBACK_ATTEMPTS);
            publish(new CallbackCompleted(caseId, callId, tracking, township, plan.county(), plan.categories(),
                    result, result == CallbackResult.UNREACHABLE ? UnreachableReason.POWERED_OFF : null, attempt,
                    closes, result == CallbackResult.UNSATISFIED, at, callerRef), caseId, at);
        }
        return at;
    }

    void publish(Record payload, String key, Instant time) {
        events.add(Published.of(payload, key, time, sequence++));
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(HotlineTime.ZONE).toInstant();
    }

    static String callerRef(int n) {
        return String.format("caller-ref-%010d", n);
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 86_400.0;
    }

    /** Hands out each county's townships so that 81 townships have cases, the first ones most. */
    static final class Townships {

        private static final Map<String, Integer> SPREAD = Map.of("520526", 16, "520502", 12, "520523", 11,
                "520521", 10, "520581", 9, "520527", 9, "520525", 8, "520524", 5, "520571", 1);

        private final RegionRegistry regions;
        private final Map<String, Integer> handedOut = new LinkedHashMap<>();

        Townships(RegionRegistry regions) {
            this.regions = regions;
        }

        String next(String county) {
            List<Region> children = regions.children(county);
            int spread = SPREAD.get(county);
            int n = handedOut.merge(county, 1, Integer::sum) - 1;
            // one case in each of the first `spread` townships, then the rest piled on the first few
            int slot = n < spread ? n : (n - spread) % Math.max(1, Math.min(4, spread));
            return children.get(slot).code();
        }
    }
}
