package cn.huiyin.chassis.errors;

import java.time.Duration;
import java.util.List;

/** Nothing was stored; the same request may be sent again after {@code retryAfter} (503). */
public final class Unavailable extends DomainException {

    private final Duration retryAfter;

    public Unavailable(String detail, Duration retryAfter) {
        super("Service unavailable", detail, List.of());
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
