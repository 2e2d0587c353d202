package cn.huiyin.reporting.projections.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The counters of one county's day or month, and how many changes made them: the version lets a
 * writer keep the newest totals when an older copy arrives late. Counters at zero are dropped, so
 * a bucket a case left reads as if the case had never been there.
 */
public record BucketTotals(long version, Map<String, Long> totals) {

    public BucketTotals {
        totals = Map.copyOf(Objects.requireNonNull(totals, "totals"));
    }

    public static BucketTotals empty() {
        return new BucketTotals(0, Map.of());
    }

    public BucketTotals plus(Map<String, Long> delta) {
        Map<String, Long> next = new TreeMap<>(totals);
        delta.forEach((counter, value) -> next.merge(counter, value, Long::sum));
        next.values().removeIf(value -> value == 0);
        return new BucketTotals(version + 1, next);
    }
}
