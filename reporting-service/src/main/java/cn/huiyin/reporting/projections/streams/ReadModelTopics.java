package cn.huiyin.reporting.projections.streams;

/**
 * The topology's output topics, compacted: the newest totals of every bucket and the newest fact of every case,
 * which {@code ReadModelSink} writes into MongoDB.
 */
public record ReadModelTopics(String buckets, String facts) {
}
