package cn.huiyin.cases.cases.model;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.UnreachableReason;

import java.util.Objects;

/** What the callback desk records after calling the citizen. */
public record CallbackOutcome(CallbackResult result, UnreachableReason unreachableReason, String comment) {

    public CallbackOutcome {
        Objects.requireNonNull(result, "result");
        if ((result == CallbackResult.UNREACHABLE) != (unreachableReason != null)) {
            throw new IllegalArgumentException("an unreachable reason is given exactly when the citizen was unreachable");
        }
    }
}
