package cn.huiyin.bench.ladder;

import cn.huiyin.bench.events.EventCheck;
import cn.huiyin.bench.load.StepResult;

import java.io.PrintStream;
import java.util.Optional;

/** The closing block: the figures, measured in this one run, ready to paste. */
final class Summary {

    private static final int REFERENCE_RATE = 200;

    private final PrintStream out;

    Summary(PrintStream out) {
        this.out = out;
    }

    void print(Ladder intake, StepResult sustained, Ladder ceiling, EventCheck events) {
        out.printf("%n== Summary (one run; sustained = highest rate with p99 <= 100 ms, errors < 0.1%%, "
                + "achieved >= 95%%) ==%n");
        out.printf("intake   sustained rate:  %s%n", rate(intake));
        out.printf("intake   peak throughput: %.1f calls/s answered 2xx (best step, any latency)%n",
                intake.peakAchieved());
        if (sustained != null) {
            out.printf("intake   %d calls/s for %.0f s: achieved %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
                    + "errors %d, non-2xx %d -> %s (target: >= %d calls/s for 60 s)%n", sustained.rate(),
                    (double) sustained.scheduled() / sustained.rate(), sustained.achieved(),
                    sustained.percentileMs(50), sustained.percentileMs(99), sustained.maxMs(),
                    sustained.errors() + sustained.scheduled() - sustained.sent(), sustained.non2xx(),
                    sustained.passes() ? "PASS" : "FAIL", IntakeBenchmark.TARGET_RATE);
        }
        out.printf("intake   at %d calls/s:   %s%n", REFERENCE_RATE, latencies(intake));
        out.printf("ceiling  sustained rate:  %s%n", rate(ceiling));
        out.printf("ceiling  peak throughput: %.1f calls/s answered 2xx (best step, any latency)%n",
                ceiling.peakAchieved());
        out.printf("ceiling  at %d calls/s:   %s%n", REFERENCE_RATE, latencies(ceiling));
        out.printf("ratio    intake/ceiling:  sustained rate %s; peak throughput %s; p50 at %d/s %s; "
                + "p99 at %d/s %s%n", rateRatio(intake, ceiling), peakRatio(intake, ceiling), REFERENCE_RATE,
                latencyRatio(intake, ceiling, 50), REFERENCE_RATE, latencyRatio(intake, ceiling, 99));
        out.printf("events   accepted (201) %d, case-received %d, missing %d, duplicated %d, for calls not "
                + "answered in time %d%s -> %s%n", events.accepted(), events.events(), events.missing(),
                events.duplicated(), events.unanswered(),
                events.unreadable() > 0 ? ", 201 without callId " + events.unreadable() : "",
                events.nothingLost() ? "nothing lost" : "LOST OR DUPLICATED");
    }

    private static String rate(Ladder ladder) {
        if (ladder.sustained().isEmpty()) {
            return "none of the rates tried (lowest " + ladder.steps().get(0).rate() + "/s already over)";
        }
        return ladder.limitNotReached() ? ">= " + ladder.sustainedRate() + " calls/s (the highest rate tried passed)"
                : ladder.sustainedRate() + " calls/s";
    }

    private static String latencies(Ladder ladder) {
        Optional<StepResult> step = ladder.at(REFERENCE_RATE);
        if (step.isPresent()) {
            return "p50 %.1f ms, p99 %.1f ms (achieved %.1f/s)".formatted(step.get().percentileMs(50),
                    step.get().percentileMs(99), step.get().achieved());
        }
        return ladder.stoppedEarly() && ladder.lastRateTried() < REFERENCE_RATE
                ? "not measured: saturated at " + ladder.lastRateTried() + "/s, the higher rates were skipped"
                : "not measured (" + REFERENCE_RATE + " not in --rates)";
    }

    private static String rateRatio(Ladder intake, Ladder ceiling) {
        if (intake.sustainedRate() == 0 || ceiling.sustainedRate() == 0) {
            return "n/a (" + (intake.sustainedRate() == 0 ? "intake" : "the ceiling") + " passed no rate)";
        }
        String ratio = "%.2f".formatted((double) intake.sustainedRate() / ceiling.sustainedRate());
        // a ceiling that passed its highest rate is a lower bound, so the ratio is an upper bound
        return ceiling.limitNotReached() ? "<= " + ratio : ratio;
    }

    private static String peakRatio(Ladder intake, Ladder ceiling) {
        if (ceiling.peakAchieved() <= 0) {
            return "n/a";
        }
        String ratio = "%.2f".formatted(intake.peakAchieved() / ceiling.peakAchieved());
        return ceiling.limitNotReached() ? "<= " + ratio : ratio;
    }

    private static String latencyRatio(Ladder intake, Ladder ceiling, double percentile) {
        Optional<StepResult> mine = intake.at(REFERENCE_RATE);
        Optional<StepResult> bare = ceiling.at(REFERENCE_RATE);
        if (mine.isEmpty() || bare.isEmpty()) {
            return "n/a";
        }
        return "%.1fx (%.1f / %.1f ms)".formatted(mine.get().percentileMs(percentile)
                / bare.get().percentileMs(percentile), mine.get().percentileMs(percentile),
                bare.get().percentileMs(percentile));
    }
}
