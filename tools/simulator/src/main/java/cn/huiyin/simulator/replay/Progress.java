package cn.huiyin.simulator.replay;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Per-stage progress lines, every few seconds while something moves: "hotline  1200/3031 calls  (57/s)". */
public final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final long started = System.nanoTime();
    private final List<Supplier<String>> stages = new ArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });
    private String last = "";

    public Progress(PrintStream out) {
        this.out = out;
        ticker.scheduleAtFixedRate(this::print, 3, 3, TimeUnit.SECONDS);
    }

    /** A stage counting up to a total that may still grow. */
    public synchronized void stage(String name, String unit, AtomicLong done, AtomicLong total, Supplier<String> more) {
        stages.add(() -> String.format("%-14s %5d/%-5d %s%s", name, done.get(), total.get(), unit,
                more == null ? "" : "  " + more.get()));
    }

    public void line(String text) {
        synchronized (this) {
            out.printf("[%5.1fs] %s%n", seconds(), text);
        }
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private synchronized void print() {
        List<String> lines = stages.stream().map(Supplier::get).toList();
        String now = String.join("\n", lines);
        if (!now.equals(last)) {
            lines.forEach(l -> out.printf("[%5.1fs] %s%n", seconds(), l));
            last = now;
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        print();
    }
}
