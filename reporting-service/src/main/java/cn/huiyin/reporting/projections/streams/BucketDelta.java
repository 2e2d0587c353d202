package cn.huiyin.reporting.projections.streams;

import java.util.Map;

/** What one change adds to one bucket's counters (negative where it takes away), on its way to the bucket. */
public record BucketDelta(Map<String, Long> counts) {
}
