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
 * optional first step run once at start.
 */
public class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private final Supplier<Mono<?>> once;
    private final Supplier<Mono<?>> run;
    private volatile Disposable running;

    public PeriodicTask(String name, Duration interval, Supplier<Mono<?>> once, Supplier<Mono<?>> run) {
        this.name = name;
        this.interval = interval;
        this.once = once;
        this.run = run;
    }

    public PeriodicTask(String name, Duration interval, Supplier<Mono<?>> run) {
        this(name, interval, Mono::empty, run);
    }

    @Override
    public void start() {
        running = guarded(once)
                .thenMany(Flux.interval(interval, interval))
                .onBackpressureDrop()
                .concatMap(tick -> guarded(run), 1)
                .subscribe();
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
}
