package cn.huiyin.intake.calls.application;

import cn.huiyin.intake.calls.model.Call;

import java.time.Instant;

/**
 * What an idempotency key holds: the call accepted under it, or ({@code call} null) a reservation an earlier
 * version wrote before completing the call and a crash may have left pending.
 */
public record StoredPost(String callId, String requestHash, Instant reservedAt, Call call) {

    public boolean accepted() {
        return call != null;
    }
}
