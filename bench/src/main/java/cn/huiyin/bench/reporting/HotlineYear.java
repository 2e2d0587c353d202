package cn.huiyin.bench.reporting;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseIds;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.Department;
import cn.huiyin.events.Disposition;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A year (2020) of Guizhou hotline traffic as events, five per case: the appeal, its assignment,
 * the verification, the callback, and one call answered on the phone. Cases spread over every
 * county and township and every day, so the read model has as many buckets as a full year would.
 */
final class HotlineYear {

    /**
     * Where the cases fall: a whole year over every county ({@code year}), all in one county on one day
     * ({@code one-day}), or over exactly 1,000 county-days, 50 counties by 20 days ({@code spread}). The last two
     * compare the cost of an event in a full bucket with that in a nearly empty one.
     */
    enum Shape {
        YEAR, ONE_DAY, SPREAD;

        static Shape parse(String value) {
            return switch (value) {
                case "year" -> YEAR;
                case "one-day" -> ONE_DAY;
                case "spread" -> SPREAD;
                default -> throw new IllegalArgumentException("--shape is year, one-day or spread, not " + value);
            };
        }
    }

    static final int EVENTS_PER_CASE = 5;
    private static final int SPREAD_COUNTIES = 50;
    private static final int SPREAD_DAYS = 20;
    private static final Category[] CATEGORIES = Category.values();
    private static final Nature[] NATURES = Nature.values();
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private final List<Region> counties;
    private final RegionRegistry regions;
    private final String run;
    private final Shape shape;

    HotlineYear(RegionRegistry regions, String run, Shape shape) {
        this.regions = regions;
        this.run = run;
        this.shape = shape;
        this.counties = regions.all().stream()
                .filter(r -> r.level() == RegionLevel.COUNTY && r.code().startsWith("52")).toList();
    }

    int counties() {
        return counties.size();
    }

    /** Hands every event of case {@code n} to {@code publish}, in the order the services would send them. */
    void caseEvents(int n, Consumer<Record> publish) {
        SplittableRandom random = new SplittableRandom(n);
        Region county = switch (shape) {
            case YEAR -> counties.get(n % counties.size());
            case ONE_DAY -> counties.get(0);
            case SPREAD -> counties.get(n % SPREAD_COUNTIES);
        };
        int dayOfYear = switch (shape) {
            case YEAR -> random.nextInt(366);
            case ONE_DAY -> 60;
            case SPREAD -> (n / SPREAD_COUNTIES) % SPREAD_DAYS;
        };
        List<Region> townships = regions.children(county.code());
        String township = townships.isEmpty() ? null : townships.get(random.nextInt(townships.size())).code();
        String region = township != null ? township : county.code();
        // the answered call an hour later stays on the same day: from 8:00 to 16:59
        Instant received = FIRST_DAY.plusDays(dayOfYear).atTime(8 + random.nextInt(9), random.nextInt(60))
                .atZone(HotlineTime.ZONE).toInstant();
        Instant assigned = received.plus(Duration.ofMinutes(30));
        Instant deadline = assigned.plus(Duration.ofDays(25));
        Instant verified = assigned.plus(Duration.ofDays(2 + random.nextInt(30)));
        String callId = "bench-" + run + "-" + n;
        String caseId = CaseIds.of(callId); // as case-service derives it
        String tracking = "HY" + county.code() + "-" + run + "-" + n;
        String caller = String.format("bench-caller-%010d", n);
        List<Category> categories = List.of(CATEGORIES[random.nextInt(CATEGORIES.length - 1)]);
        publish.accept(new CaseReceived(callId, tracking, received, Channel.PHONE, CallType.APPEAL, Disposition.TRANSFER,
                categories, CaseReceived.Classification.byCaller(), region, township, county.code(),
                county.code().substring(0, 4), "52", caller, null, false, null, "bench"));
        publish.accept(new CaseAssigned(caseId, callId, tracking, county.code(), Department.POVERTY_ALLEVIATION,
                List.of(), deadline, null, assigned, false));
        Substantiation substantiated = Substantiation.values()[random.nextInt(3)];
        publish.accept(new CaseVerified(caseId, callId, tracking, region, county.code(), categories,
                Department.POVERTY_ALLEVIATION, List.of(), substantiated, List.of(NATURES[random.nextInt(NATURES.length)]),
                "bench", substantiated == Substantiation.NO ? Resolution.EXPLAINED : Resolution.RESOLVED,
                ReportedSatisfaction.values()[random.nextInt(3)], false, null, caller, assigned, deadline, verified,
                verified.isAfter(deadline), 0));
        CallbackResult result = CallbackResult.values()[random.nextInt(3)];
        publish.accept(new CallbackCompleted(caseId, callId, tracking, region, county.code(), categories, result, null,
                1, result == CallbackResult.SATISFIED, result == CallbackResult.UNSATISFIED,
                verified.plus(Duration.ofDays(2)), caller));
        String answered = callId + "-answered";
        publish.accept(new CaseReceived(answered, tracking + "-a", received.plus(Duration.ofHours(1)), Channel.WECHAT,
                CallType.CONSULTATION, Disposition.ANSWERED, categories, CaseReceived.Classification.byCaller(), region,
                township, county.code(), county.code().substring(0, 4), "52", caller, null, false, null, "bench"));
    }
}
