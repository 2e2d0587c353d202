package cn.huiyin.simulator.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a client waits before trying again: doubling from {@code first} up to {@code max}, and trying
 * for no longer than {@code patience} in all, so that a service that restarts (a minute or so on two
 * cores) is waited for, while one that is gone ends the action with its last error.
 */
public record Backoff(Duration first, Duration max, Duration patience) {

    /** Rides out a service's 60 s outage plus the half-minute its start takes. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(120);

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || patience.isNegative()) {
            throw new IllegalArgumentException("back-off must start above zero, at most at its cap: " + first
                    + ", " + max + ", " + patience);
        }
    }

    public static Backoff patience(Duration patience) {
        return new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5), patience);
    }

    /**
     * The wait after the {@code failures}-th failed attempt: half of the doubled step is fixed and half is
     * random, so the clients that failed together do not all come back in the same instant. A server's
     * {@code Retry-After} is honoured up to the cap.
     */
    public long delayMillis(int failures, long retryAfterMillis, RandomGenerator random) {
        long step = first.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(max.toMillis(), step);
        long jittered = capped / 2 + random.nextLong(capped / 2 + 1);
        return Math.max(jittered, Math.min(retryAfterMillis, max.toMillis()));
    }
}
