package cn.huiyin.reporting.projections.model;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a change adds to and takes from each bucket, day and month alike: the entries after it are
 * added, the entries before it subtracted, so a case that moves to another county, day or outcome
 * leaves its old bucket and joins the new one. Counters that cancel out are left out, and so are
 * buckets left unchanged, so most events touch one day and its month.
 */
public final class Deltas {

    private Deltas() {
    }

    /** By bucket id ({@link BucketKey#id()} or {@link BucketKey#monthId()}): the counters to add, some negative. */
    public static Map<String, Map<String, Long>> between(CallFact before, CallFact after, Duration acceptanceLimit) {
        return between(Contributions.of(before, acceptanceLimit), Contributions.of(after, acceptanceLimit));
    }

    public static Map<String, Map<String, Long>> between(List<Entry> before, List<Entry> after) {
        Map<String, Map<String, Long>> byBucket = new LinkedHashMap<>();
        after.forEach(entry -> add(byBucket, entry, 1));
        before.forEach(entry -> add(byBucket, entry, -1));
        byBucket.values().forEach(counts -> counts.values().removeIf(value -> value == 0));
        byBucket.values().removeIf(Map::isEmpty);
        return byBucket;
    }

    /** A household change counts once, in its day and its month. */
    public static Map<String, Map<String, Long>> of(Entry entry) {
        return between(List.of(), List.of(entry));
    }

    private static void add(Map<String, Map<String, Long>> byBucket, Entry entry, long sign) {
        for (String bucket : List.of(entry.bucket().id(), entry.bucket().monthId())) {
            Map<String, Long> counts = byBucket.computeIfAbsent(bucket, id -> new LinkedHashMap<>());
            entry.counts().forEach((counter, value) -> counts.merge(counter, sign * value, Long::sum));
        }
    }
}
