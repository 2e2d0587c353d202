package cn.huiyin.reporting.summary.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** Counters summed over buckets: a region's, a month's, or both. */
final class Tally {

    private final Map<String, Long> counts = new HashMap<>();

    static Tally of(Map<String, ?> totals) {
        Tally tally = new Tally();
        tally.add(totals);
        return tally;
    }

    Tally add(Map<String, ?> totals) {
        if (totals != null) {
            totals.forEach((key, value) -> counts.merge(key, ((Number) value).longValue(), Long::sum));
        }
        return this;
    }

    Tally add(Tally other) {
        other.counts.forEach((key, value) -> counts.merge(key, value, Long::sum));
        return this;
    }

    long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    int count(String key) {
        return Math.toIntExact(get(key));
    }

    /** How many counters under {@code prefix} are above zero: e.g. townships with any case. */
    int countUnder(String prefix) {
        int[] n = {0};
        eachUnder(prefix, (code, value) -> n[0]++);
        return n[0];
    }

    /** Every counter under {@code prefix}, with the prefix taken off: {@code cat:HOUSING_SECURITY → HOUSING_SECURITY}. */
    void eachUnder(String prefix, BiConsumer<String, Long> action) {
        counts.forEach((key, value) -> {
            if (key.startsWith(prefix) && value > 0) {
                action.accept(key.substring(prefix.length()), value);
            }
        });
    }
}
