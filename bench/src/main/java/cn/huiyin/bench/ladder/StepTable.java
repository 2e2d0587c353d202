package cn.huiyin.bench.ladder;

import cn.huiyin.bench.load.StepResult;

import java.io.PrintStream;
import java.util.List;

import org.HdrHistogram.Histogram;

/** The lines a run prints: one per step, aligned, latencies in milliseconds. */
final class StepTable {

    private final PrintStream out;

    StepTable(PrintStream out) {
        this.out = out;
    }

    void header(String target) {
        out.printf("%n%s%n", target);
        out.printf("  %6s %10s %8s %8s %8s %8s %8s %8s  %s%n", "rate/s", "achieved/s", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "errors", "non-2xx", "verdict");
    }

    void row(StepResult step, String verdict) {
        out.printf("  %6d %10.1f %8.1f %8.1f %8.1f %8.1f %8d %8d  %s%n", step.rate(), step.achieved(),
                step.percentileMs(50), step.percentileMs(90), step.percentileMs(99), step.maxMs(),
                step.errors() + (step.scheduled() - step.sent()), step.non2xx(), verdict);
        if (step.non2xx() > 0 || step.errors() > 0) {
            out.printf("         statuses %s, timeouts %d, not sent %d%n", step.statuses(), step.timeouts(),
                    step.scheduled() - step.sent());
        }
    }

    void cpu(String line) {
        if (!line.isEmpty()) {
            out.printf("         cpu: %s%n", line);
        }
    }

    void note(String text) {
        out.printf("         %s%n", text);
    }

    void windows(List<Histogram> windows, long windowSeconds) {
        for (int i = 0; i < windows.size(); i++) {
            Histogram window = windows.get(i);
            if (window.getTotalCount() > 0) {
                out.printf("         %3d-%3d s: %6d answers, p50 %7.1f ms, p99 %7.1f ms, max %7.1f ms%n",
                        i * windowSeconds, (i + 1) * windowSeconds, window.getTotalCount(),
                        window.getValueAtPercentile(50) / 1000.0, window.getValueAtPercentile(99) / 1000.0,
                        window.getMaxValue() / 1000.0);
            }
        }
    }

    static String verdict(StepResult step) {
        if (step.passes()) {
            return "ok";
        }
        StringBuilder why = new StringBuilder("over:");
        if (!(step.percentileMs(99) <= StepResult.P99_LIMIT_MS)) {
            why.append(" p99>100ms");
        }
        if (step.errorRate() >= StepResult.MAX_ERROR_RATE) {
            why.append(" errors>=0.1%");
        }
        if (step.achieved() < StepResult.MIN_ACHIEVED * step.rate()) {
            why.append(" achieved<95%");
        }
        return why.toString();
    }
}
