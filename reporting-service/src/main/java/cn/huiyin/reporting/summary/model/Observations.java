package cn.huiyin.reporting.summary.model;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * What the buckets say for a report: per county and month inside the period (for the region, its
 * siblings and their children), and per county before the period (for running totals of the region).
 */
public final class Observations {

    private final Map<String, Map<YearMonth, Tally>> inPeriod = new HashMap<>();
    private final Map<String, Tally> before = new HashMap<>();

    public void inPeriod(String county, YearMonth month, Map<String, ?> totals) {
        inPeriod.computeIfAbsent(county, c -> new HashMap<>()).computeIfAbsent(month, m -> new Tally()).add(totals);
    }

    public void before(String county, Map<String, ?> totals) {
        before.computeIfAbsent(county, c -> new Tally()).add(totals);
    }

    Map<String, Map<YearMonth, Tally>> inPeriod() {
        return inPeriod;
    }

    Map<String, Tally> before() {
        return before;
    }
}
