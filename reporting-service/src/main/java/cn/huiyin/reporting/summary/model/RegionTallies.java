package cn.huiyin.reporting.summary.model;

import cn.huiyin.regions.RegionRegistry;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** Sums the counties' tallies up to any region that covers them, over the period or one month of it. */
final class RegionTallies {

    private final RegionRegistry regions;
    private final Observations observations;
    private final Map<String, Tally> totals = new HashMap<>();

    RegionTallies(RegionRegistry regions, Observations observations) {
        this.regions = regions;
        this.observations = observations;
    }

    Tally of(String region) {
        return totals.computeIfAbsent(region, code -> {
            Tally tally = new Tally();
            observations.inPeriod().forEach((county, months) -> {
                if (regions.covers(code, county)) {
                    months.values().forEach(tally::add);
                }
            });
            return tally;
        });
    }

    Tally of(String region, YearMonth month) {
        Tally tally = new Tally();
        observations.inPeriod().forEach((county, months) -> {
            Tally counted = months.get(month);
            if (counted != null && regions.covers(region, county)) {
                tally.add(counted);
            }
        });
        return tally;
    }

    /** The region's counters before the period, for running totals. */
    Tally before(String region) {
        Tally tally = new Tally();
        observations.before().forEach((county, counted) -> {
            if (regions.covers(region, county)) {
                tally.add(counted);
            }
        });
        return tally;
    }
}
