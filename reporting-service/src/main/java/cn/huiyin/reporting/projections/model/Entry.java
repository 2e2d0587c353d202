package cn.huiyin.reporting.projections.model;

import java.util.Map;
import java.util.Objects;

/**
 * What one call, case or household change adds to the counters of one bucket. A fact's change is
 * the difference between its entries before and after ({@link Deltas}).
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
}
