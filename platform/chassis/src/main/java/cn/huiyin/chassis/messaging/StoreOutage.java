package cn.huiyin.chassis.messaging;

import cn.huiyin.chassis.web.ProblemExceptionHandler;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one consumed event's work, and while MongoDB is unreachable runs it again with a growing pause
 * instead of failing: a failure would make the binder retry three times and dead-letter the event, and an
 * outage of the store is not the event's fault. The binder thread waits, so the partition pauses at this
 * event and resumes with it, nothing skipped; if the wait outlasts the poll interval, Kafka hands the
 * partition on and the event is delivered again, which consumers absorb (they are idempotent).
 */
public final class StoreOutage {

    private static final Logger log = LoggerFactory.getLogger(StoreOutage.class);
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private StoreOutage() {
    }

    public static <T> T waitOut(String consumer, MeterRegistry meters, Supplier<T> work) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (!ProblemExceptionHandler.storeUnavailable(failure)) {
                    throw failure;
                }
                Counter.builder("huiyin.events.store.waits")
                        .description("times a consumer paused on an event because MongoDB was unavailable")
                        .tag("consumer", consumer).register(meters).increment();
                if (attempt == 1 || attempt % 10 == 0) {
                    log.warn("{} pauses: MongoDB is unavailable ({}); attempt {}, next in {} ms", consumer,
                            failure.toString(), attempt, pause.toMillis());
                }
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for MongoDB", e);
        }
    }
}
