package cn.huiyin.reporting.projections.infrastructure;

import cn.huiyin.reporting.projections.model.BucketKey;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The county-months whose day buckets changed since their month was last summed, with the day
 * versions written. A month leaves the set only when it was summed after its latest mark: a month
 * marked again while it was being summed stays, and is summed again in the next round.
 */
final class DirtyMonths {

    /** A county's month. */
    record CountyMonth(String county, YearMonth month) {

        static CountyMonth of(BucketKey day) {
            return new CountyMonth(day.countyCode(), day.month());
        }

        String id() {
            return BucketKey.monthId(county, month);
        }
    }

    /** One mark: unique per mark, so that a later mark is never mistaken for the one summed. */
    record Mark(long generation, Map<String, Long> dayVersions) {
    }

    private final Map<CountyMonth, Mark> marks = new ConcurrentHashMap<>();
    private final AtomicLong generations = new AtomicLong();

    /** Records that {@code day} now holds {@code version}. */
    void mark(BucketKey day, long version) {
        mark(CountyMonth.of(day), Map.of(BucketStore.dayOfMonth(day.id()), version));
    }

    /** Records that the month's days ({@code dd}) now hold these versions. */
    void mark(CountyMonth month, Map<String, Long> dayVersions) {
        marks.compute(month, (key, before) -> {
            Map<String, Long> versions = before == null ? new HashMap<>() : new HashMap<>(before.dayVersions());
            dayVersions.forEach((dd, version) -> versions.merge(dd, version, Math::max));
            return new Mark(generations.incrementAndGet(), Map.copyOf(versions));
        });
    }

    List<Map.Entry<CountyMonth, Mark>> snapshot() {
        return marks.entrySet().stream().map(entry -> Map.entry(entry.getKey(), entry.getValue())).toList();
    }

    /** Clears the month if it was not marked again since {@code summed}. */
    void summed(CountyMonth month, Mark summed) {
        marks.remove(month, summed);
    }

    int size() {
        return marks.size();
    }
}
