package cn.huiyin.chassis;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A reactive job run at a fixed interval while the service runs (the outbox sweep, deadline
 * watches, gauge refreshes): one run at a time, a failed run logged and the next one tried, and an
 * optional first step run once at start. A job whose cost grows with the data (a gauge counting by a scan) is
 * given a share of the time it may take ({@link #atMost}): it then runs less often as its runs grow longer,
 * instead of back to back.
 */
public class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private final Supplier<Mono<?>> once;
    private final Supplier<Mono<?>> run;
    private final Pacing pacing;
    private volatile Disposable running;

    public PeriodicTask(String name, Duration interval, Supplier<Mono<?>> once, Supplier<Mono<?>> run) {
        this(name, interval, once, run, new Pacing(1.0));
    }

    public PeriodicTask(String name, Duration interval, Supplier<Mono<?>> run) {
        this(name, interval, Mono::empty, run);
    }

    private PeriodicTask(String name, Duration interval, Supplier<Mono<?>> once, Supplier<Mono<?>> run,
            Pacing pacing) {
        this.name = name;
        this.interval = interval;
        this.once = once;
        this.run = run;
        this.pacing = pacing;
    }

    /**
     * The same task taking at most {@code share} of the time: after a run that took d, the ticks until d / share
     * after its start are skipped (0.1: a run of 3 s waits until 30 s after it began).
     */
    public PeriodicTask atMost(double share) {
        return new PeriodicTask(name, interval, once, run, new Pacing(share));
    }

    @Override
    public void start() {
        running = guarded(once)
                .thenMany(Flux.interval(interval, interval))
                .onBackpressureDrop()
                .concatMap(tick -> paced(), 1)
                .subscribe();
    }

    private Mono<?> paced() {
        return Mono.defer(() -> {
            long started = System.nanoTime();
            if (!pacing.due(started)) {
                return Mono.empty();
            }
            return guarded(run).doFinally(signal -> pacing.ran(started, System.nanoTime()));
        });
    }

    private Mono<?> guarded(Supplier<Mono<?>> step) {
        return Mono.defer(step).onErrorResume(failure -> {
            log.warn("{} failed: {}", name, failure.toString());
            return Mono.empty();
        });
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }

    /** When a run that takes at most a share of the time may start again (times in nanoseconds). */
    static final class Pacing {

        private final double share;
        private volatile long next;
        private volatile boolean ranBefore;

        Pacing(double share) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("a share of the time is above 0 and at most 1: " + share);
            }
            this.share = share;
        }

        boolean due(long now) {
            return share >= 1 || !ranBefore || now - next >= 0;
        }

        void ran(long started, long ended) {
            next = started + (long) ((ended - started) / share);
            ranBefore = true;
        }
    }
}
