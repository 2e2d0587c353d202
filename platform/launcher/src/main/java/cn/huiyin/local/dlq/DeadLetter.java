package cn.huiyin.local.dlq;

import java.time.Instant;

/**
 * One record of a dead-letter topic as the binder wrote it: where it sits, where it came from, which event it
 * is ({@code ce_type}, {@code ce_id}) and why it failed. {@code reason} and {@code excerpt} are already masked.
 */
public record DeadLetter(String dlqTopic, int partition, long offset, String key, String originalTopic,
        Integer originalPartition, Long originalOffset, Instant time, String ceType, String ceId, String reason,
        String excerpt, boolean replayed) {

    /** How a replay names it in {@code x-huiyin-replayed-from}, and the key of its replay marker. */
    public String address() {
        return address(dlqTopic, partition, offset);
    }

    static String address(String dlqTopic, int partition, long offset) {
        return dlqTopic + "/" + partition + "/" + offset;
    }
}
