package cn.huiyin.cases.cases.model;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.UnreachableReason;

import java.time.Instant;

/** One call back to the citizen (回访) and what came of it. */
public record CallbackAttempt(int attempt, CallbackResult result, UnreachableReason unreachableReason, String comment,
        Instant at, String by) {
}
