package cn.huiyin.reporting.summary.model;

import static cn.huiyin.reporting.projections.model.Counters.CALLS;
import static cn.huiyin.reporting.projections.model.Counters.CASES;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The region among its parent's children: share of the parent's calls and cases, and rank (1 =
 * most; ties share a rank), over the period and month by month. A province's siblings are the
 * other provinces.
 */
final class Siblings {

    private final RegionTallies tallies;
    private final Region region;
    private final List<Region> siblings;
    private final List<YearMonth> months;
    private List<Summary.Month> monthly;

    Siblings(RegionRegistry regions, RegionTallies tallies, Region region, List<YearMonth> months) {
        this.tallies = tallies;
        this.region = region;
        this.months = months;
        this.siblings = region.parentCode() == null
                ? regions.all().stream().filter(r -> r.level() == RegionLevel.PROVINCE).toList()
                : regions.children(region.parentCode());
    }

    List<Summary.Month> monthly() {
        if (monthly == null) {
            monthly = List.copyOf(byMonth());
        }
        return monthly;
    }

    private List<Summary.Month> byMonth() {
        List<Summary.Month> monthly = new ArrayList<>();
        for (YearMonth month : months) {
            List<Tally> all = siblings.stream().map(s -> tallies.of(s.code(), month)).toList();
            Tally own = tallies.of(region.code(), month);
            monthly.add(new Summary.Month(month.toString(), own.count(CALLS), own.count(CASES),
                    rank(all, own, t -> t.count(CALLS)), rank(all, own, t -> t.count(CASES)), share(all, own)));
        }
        return monthly;
    }

    Summary.Ratio shareOfParent() {
        return share(all(), tallies.of(region.code()));
    }

    Summary.Rank rank() {
        List<Tally> all = all();
        Tally own = tallies.of(region.code());
        int monthsFirst = (int) monthly().stream().filter(m -> m.calls() > 0 && m.rank() == 1).count();
        return new Summary.Rank(rank(all, own, t -> t.count(CALLS)), rank(all, own, t -> t.count(CASES)),
                siblings.size(), monthsFirst, months.size());
    }

    private List<Tally> all() {
        return siblings.stream().map(s -> tallies.of(s.code())).toList();
    }

    private static int rank(List<Tally> all, Tally own, ToIntFunction<Tally> measure) {
        int mine = measure.applyAsInt(own);
        return 1 + (int) all.stream().filter(t -> measure.applyAsInt(t) > mine).count();
    }

    private static Summary.Ratio share(List<Tally> all, Tally own) {
        long calls = all.stream().mapToLong(t -> t.get(CALLS)).sum();
        long cases = all.stream().mapToLong(t -> t.get(CASES)).sum();
        return new Summary.Ratio(Distribution.fraction(own.get(CALLS), calls),
                Distribution.fraction(own.get(CASES), cases));
    }
}
