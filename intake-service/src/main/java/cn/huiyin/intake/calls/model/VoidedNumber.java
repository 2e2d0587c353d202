package cn.huiyin.intake.calls.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A tracking number that was drawn but belongs to no call: the call's write failed after the draw.
 * {@code reason} says why in words that hold no personal data, {@code failure} names the failure's class.
 */
public record VoidedNumber(TrackingNumber number, String reason, String failure, Instant voidedAt) {

    public VoidedNumber {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(voidedAt, "voidedAt");
    }
}
