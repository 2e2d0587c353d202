package cn.huiyin.reporting.summary.model;

import static cn.huiyin.reporting.projections.model.Counters.*;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.Category;
import cn.huiyin.events.Department;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the buckets' counters into the report's figures; no I/O. */
public final class SummaryAssembler {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final RegionRegistry regions;
    private final LeagueWeights weights;

    public SummaryAssembler(RegionRegistry regions, LeagueWeights weights) {
        this.regions = regions;
        this.weights = weights;
    }

    /** {@code previous}: what the buckets say for {@link ReportPeriod#previous()}, for the league's changes. */
    public Summary assemble(Region region, ReportPeriod period, Observations observations, Observations previous) {
        RegionTallies tallies = new RegionTallies(regions, observations);
        Tally own = tallies.of(region.code());
        int total = own.count(CASES);
        Labels labels = new Labels(regions);
        Siblings siblings = new Siblings(regions, tallies, region, period.months());
        Tally running = tallies.before(region.code()).add(own);
        return new Summary(scope(region), period.from(), period.to(), total, calls(own),
                byRegion(region, own, tallies, total), topTownships(own, total, labels), own.countUnder(TOWNSHIP),
                Distribution.of(own, CATEGORY, Category.class, total),
                Distribution.of(own, DEPARTMENT, Department.class, total),
                Distribution.of(own, NATURE, Nature.class, total),
                Distribution.of(own, FUNDS_DELAYED, Category.class, total),
                own.count(VERIFIED), own.count(SUBSTANTIATED), Distribution.fraction(own.get(SUBSTANTIATED), own.get(VERIFIED)),
                Distribution.counts(own, REPORTED, ReportedSatisfaction.class),
                Distribution.shares(own, REPORTED, ReportedSatisfaction.class),
                Distribution.counts(own, CALLBACK, CallbackResult.class),
                Distribution.shares(own, CALLBACK, CallbackResult.class), own.count(CALLBACK_RETRY_PENDING),
                own.count(LATE), own.count(MISSING),
                average(own.get(SECONDS_TO_VERIFY), own.get(VERIFIED)), average(own.get(SECONDS_TO_CLOSE), own.get(CLOSED)),
                own.count(CLOSED), own.count(REOPENED), own.count(RETURNED_BY_CITY),
                siblings.monthly(), growth(siblings.monthly()), siblings.shareOfParent(), siblings.rank(),
                households(own, running), categoryDetails(region, own, tallies), parent(region, tallies),
                reportingGaps(region, tallies),
                LeagueTable.of(leagueMembers(region), tallies, new RegionTallies(regions, previous), weights),
                new Summary.Period(period.previous().from(), period.previous().to()));
    }

    /** A province's or city's children; a county is ranked among its siblings. */
    private List<Region> leagueMembers(Region region) {
        if (region.level() == RegionLevel.COUNTY) {
            return region.parentCode() == null ? List.of(region) : regions.children(region.parentCode());
        }
        return regions.children(region.code());
    }

    /** Child regions that count cases themselves: a county's townships do not (its cases are counted whole). */
    private List<Region> countingChildren(Region region) {
        return region.level() == RegionLevel.COUNTY ? List.of() : regions.children(region.code());
    }

    private List<Summary.CategoryDetail> categoryDetails(Region region, Tally own, RegionTallies tallies) {
        List<Summary.CategoryDetail> details = new ArrayList<>();
        for (Summary.Share category : Distribution.of(own, CATEGORY, Category.class, own.count(CASES))) {
            List<Summary.Share> byRegion = new ArrayList<>();
            for (Region child : countingChildren(region)) {
                int count = tallies.of(child.code()).count(CATEGORY + category.code());
                if (count > 0) {
                    byRegion.add(new Summary.Share(child.code(), child.name(), count,
                            Distribution.fraction(count, category.count())));
                }
            }
            byRegion.sort(Comparator.comparingInt(Summary.Share::count).reversed().thenComparing(Summary.Share::code));
            List<Summary.Share> natures = Distribution.of(own, CATEGORY_NATURE + category.code() + ":", Nature.class,
                    category.count());
            details.add(new Summary.CategoryDetail(category.code(), category.label(), category.count(),
                    category.share(), List.copyOf(byRegion), natures));
        }
        return List.copyOf(details);
    }

    private Summary.ParentTotals parent(Region region, RegionTallies tallies) {
        if (region.parentCode() == null) {
            return null;
        }
        Region parent = regions.resolve(region.parentCode());
        Tally tally = tallies.of(parent.code());
        return new Summary.ParentTotals(parent.code(), parent.name(), tally.count(CALLS),
                tally.count(TYPE + CallType.CONSULTATION.name()) + tally.count(TYPE + CallType.SUGGESTION.name()),
                tally.count(CASES));
    }

    private List<Summary.ReportingGap> reportingGaps(Region region, RegionTallies tallies) {
        List<Summary.ReportingGap> gaps = new ArrayList<>();
        for (Region child : countingChildren(region)) {
            Tally tally = tallies.of(child.code());
            if (tally.count(LATE) + tally.count(MISSING) > 0) {
                gaps.add(new Summary.ReportingGap(child.code(), child.name(), tally.count(LATE), tally.count(MISSING)));
            }
        }
        gaps.sort(Comparator.comparingInt((Summary.ReportingGap gap) -> gap.late() + gap.missing()).reversed()
                .thenComparing(Summary.ReportingGap::code));
        return List.copyOf(gaps);
    }

    private Summary.Scope scope(Region region) {
        Summary.Scope parent = region.parentCode() == null ? null : scope(regions.resolve(region.parentCode()));
        return new Summary.Scope(region.code(), region.name(), region.level().name(), parent);
    }

    private static Summary.Calls calls(Tally own) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (CallType type : CallType.values()) {
            byType.put(type.name(), own.count(TYPE + type.name()));
        }
        int transferable = byType.get(CallType.APPEAL.name()) + byType.get(CallType.COMPLAINT.name());
        return new Summary.Calls(own.count(CALLS), byType, own.count(CALLS) - transferable, transferable,
                own.count(REPEATS));
    }

    /** Every child, zeros included: a county's children are its townships, counted from its cases. */
    private List<Summary.Share> byRegion(Region region, Tally own, RegionTallies tallies, int total) {
        List<Summary.Share> shares = new ArrayList<>();
        for (Region child : regions.children(region.code())) {
            int count = region.level() == RegionLevel.COUNTY ? own.count(TOWNSHIP + child.code())
                    : tallies.of(child.code()).count(CASES);
            shares.add(new Summary.Share(child.code(), child.name(), count, Distribution.fraction(count, total)));
        }
        shares.sort(Comparator.comparingInt(Summary.Share::count).reversed().thenComparing(Summary.Share::code));
        return shares;
    }

    /** The ten townships with most cases, and any tied with the tenth. */
    private static List<Summary.Share> topTownships(Tally own, int total, Labels labels) {
        List<Summary.Share> all = new ArrayList<>();
        own.eachUnder(TOWNSHIP, (code, count) -> all.add(new Summary.Share(code, labels.township(code),
                Math.toIntExact(count), Distribution.fraction(count, total))));
        all.sort(Comparator.comparingInt(Summary.Share::count).reversed().thenComparing(Summary.Share::code));
        int end = Math.min(10, all.size());
        while (end > 0 && end < all.size() && all.get(end).count() == all.get(end - 1).count()) {
            end++;
        }
        return List.copyOf(all.subList(0, end));
    }

    private static Double average(long seconds, long cases) {
        return cases == 0 ? null : seconds / SECONDS_PER_DAY / cases;
    }

    /** Compound month-over-month growth of calls from the first month to the last. */
    static Double growth(List<Summary.Month> monthly) {
        if (monthly.size() < 2 || monthly.get(0).calls() == 0) {
            return null;
        }
        double ratio = (double) monthly.get(monthly.size() - 1).calls() / monthly.get(0).calls();
        return Math.pow(ratio, 1.0 / (monthly.size() - 1)) - 1;
    }

    /** Re-identifications count among the identified, so those monitored are all identified less all cleared. */
    private static Summary.Households households(Tally own, Tally running) {
        int identified = own.count(IDENTIFIED);
        long everIdentified = running.get(IDENTIFIED);
        long everCleared = running.get(CLEARED);
        return new Summary.Households(identified, own.count(REIDENTIFIED),
                Math.toIntExact(Math.max(0, everIdentified - everCleared)),
                own.count(CLEARED), everIdentified == 0 ? null : (double) everCleared / everIdentified,
                Distribution.of(own, RISK_FACTOR, RiskFactor.class, identified), own.count(IDENTIFIED_LATE));
    }
}
