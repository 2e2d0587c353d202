package cn.huiyin.cases.cases.model;

import java.time.Duration;

/** How often an unreachable citizen is tried again, and when the desk gives up (then the case closes). */
public record CallbackPolicy(int maxUnreachableAttempts, Duration retryAfter) {

    public CallbackPolicy {
        if (maxUnreachableAttempts < 1) {
            throw new IllegalArgumentException("maxUnreachableAttempts must be at least 1");
        }
    }
}
