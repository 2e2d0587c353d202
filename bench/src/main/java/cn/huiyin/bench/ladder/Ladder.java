package cn.huiyin.bench.ladder;

import cn.huiyin.bench.load.StepResult;

import java.util.List;
import java.util.Optional;

/**
 * The steps of one target in ascending rate, and the highest rate that met the bar;
 * {@code stoppedEarly} when the rates above {@code lastRateTried} were skipped as past saturation.
 */
record Ladder(List<StepResult> steps, int lastRateTried, boolean stoppedEarly) {

    Optional<StepResult> sustained() {
        return steps.stream().filter(StepResult::passes).reduce((lower, higher) -> higher);
    }

    /** True when even the highest rate tried passed: the real limit lies above it. */
    boolean limitNotReached() {
        return sustained().map(step -> step.rate() == lastRateTried && step == steps.get(steps.size() - 1))
                .orElse(false);
    }

    Optional<StepResult> at(int rate) {
        return steps.stream().filter(step -> step.rate() == rate).findFirst();
    }

    /** The most successful answers per second any step got, whatever its latency: the throughput at saturation. */
    double peakAchieved() {
        return steps.stream().mapToDouble(StepResult::achieved).max().orElse(0);
    }

    int sustainedRate() {
        return sustained().map(StepResult::rate).orElse(0);
    }
}
