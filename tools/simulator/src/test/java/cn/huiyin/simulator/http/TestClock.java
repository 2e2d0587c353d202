package cn.huiyin.simulator.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The back-off's clock in a test: a wait moves it on at once and is recorded; an action can ride on the n-th wait. */
final class TestClock implements Api.Waits {

    private final List<Long> waits = new CopyOnWriteArrayList<>();
    private long nanos;
    private int actOnWait;
    private Runnable action = () -> { };

    /** Runs {@code action} during the {@code n}-th wait (from 1), e.g. a service coming back. */
    TestClock onWait(int n, Runnable action) {
        this.actOnWait = n;
        this.action = action;
        return this;
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public void sleep(long millis) {
        waits.add(millis);
        nanos += millis * 1_000_000;
        if (waits.size() == actOnWait) {
            action.run();
        }
    }

    List<Long> waits() {
        return List.copyOf(waits);
    }

    long waitedMillis() {
        return waits.stream().mapToLong(Long::longValue).sum();
    }
}
