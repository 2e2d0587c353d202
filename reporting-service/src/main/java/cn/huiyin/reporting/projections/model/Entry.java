package cn.huiyin.reporting.projections.model;

import java.util.Map;
import java.util.Objects;

/**
 * What one call, case or household change adds to the counters of one bucket. Entries are set,
 * never incremented: a bucket's totals are the sum of its entries, so applying an entry twice
 * changes nothing. An entry with no counts is a tombstone, left where a case moved away from.
 */
public record Entry(String key, BucketKey bucket, Map<String, Long> counts) {

    public Entry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bucket, "bucket");
        counts = Map.copyOf(counts);
    }

    public static String callKey(String callId) {
        return "call:" + callId;
    }

    public static String caseKey(String callId) {
        return "case:" + callId;
    }

    public static String riskKey(String eventId) {
        return "risk:" + eventId;
    }

    public Entry tombstone() {
        return new Entry(key, bucket, Map.of());
    }
}
