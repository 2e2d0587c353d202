package cn.huiyin.bench.load;

import cn.huiyin.bench.load.OpenLoopLoad.Answer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The counters of one step, updated from the client's event loops: latencies overall and per
 * 10 s window (by due time), answers by status, failures, and the requests still in flight.
 */
final class StepTally {

    static final long HIGHEST_MICROS = Duration.ofMinutes(1).toNanos() / 1000;

    final Histogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    final Histogram[] windows;
    final LongAdder ok = new LongAdder();
    final LongAdder non2xx = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    final AtomicLong inFlight = new AtomicLong();
    final AtomicLong lastAnswer = new AtomicLong();

    StepTally(int windowCount) {
        windows = new Histogram[windowCount];
        for (int i = 0; i < windowCount; i++) {
            windows[i] = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        }
    }

    void answered(long due, long start, Answer answer, OpenLoopLoad.Created created) {
        statuses.computeIfAbsent(answer.status(), status -> new LongAdder()).increment();
        if (answer.status() / 100 == 2) {
            ok.increment();
            if (answer.status() == 201) {
                created.accept(answer.body(), due);
            }
        } else {
            non2xx.increment();
        }
        done(due, start);
    }

    void failed(long due, long start, Throwable failure) {
        errors.increment();
        if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            timeouts.increment();
        }
        done(due, start);
    }

    private void done(long due, long start) {
        long now = System.nanoTime();
        long micros = Math.min(Math.max((now - due) / 1000, 1), HIGHEST_MICROS);
        latency.recordValue(micros);
        windows[(int) Math.min((due - start) / OpenLoopLoad.WINDOW.toNanos(), windows.length - 1)].recordValue(micros);
        lastAnswer.accumulateAndGet(now, Math::max);
        inFlight.decrementAndGet();
    }

    void awaitIdle(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    Map<Integer, Long> statuses() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    List<Histogram> windowList() {
        return new ArrayList<>(List.of(windows));
    }
}
