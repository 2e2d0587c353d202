package cn.huiyin.bench.ladder;

import cn.huiyin.bench.load.OpenLoopLoad;
import cn.huiyin.bench.load.StepResult;
import cn.huiyin.bench.machine.ProcessCpu;
import cn.huiyin.bench.machine.ServiceCost;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Climbs the rates in ascending order after an unrecorded warm-up. Between steps the target gets
 * a short pause so one step's queue does not spill into the next; once a step is far past the
 * knee (p99 over 2 s, 1% errors or under 90% achieved) the higher rates are skipped.
 */
final class RateLadder {

    static final Duration PAUSE = Duration.ofSeconds(3);

    private final OpenLoopLoad load;
    private final StepTable table;
    private final ProcessCpu cpu;
    private final ServiceCost cost;
    private final Map<StepResult, StepCost> costs = new IdentityHashMap<>();

    RateLadder(OpenLoopLoad load, StepTable table, ProcessCpu cpu) {
        this(load, table, cpu, null);
    }

    /** @param cost the target service's MongoDB commands and CPU per accepted call, printed with each step */
    RateLadder(OpenLoopLoad load, StepTable table, ProcessCpu cpu, ServiceCost cost) {
        this.load = load;
        this.table = table;
        this.cpu = cpu;
        this.cost = cost;
    }

    /** MongoDB commands and CPU milliseconds per accepted call of a step this ladder measured, when known. */
    Optional<StepCost> costOf(StepResult step) {
        return Optional.ofNullable(costs.get(step));
    }

    Ladder climb(List<Integer> rates, Duration step, Duration warmUp, int warmUpRate) throws InterruptedException {
        if (!warmUp.isZero()) {
            StepResult warm = load.run(warmUpRate, warmUp);
            table.row(warm, "warm-up, not counted");
            pause();
        }
        List<StepResult> steps = new ArrayList<>();
        int lastTried = 0;
        boolean stoppedEarly = false;
        for (int rate : rates) {
            StepResult result = measured(rate, step, StepTable::verdict);
            steps.add(result);
            lastTried = rate;
            if (result.saturated() && rate != rates.get(rates.size() - 1)) {
                table.note("saturated at " + rate + "/s: the higher rates are skipped");
                stoppedEarly = true;
                break;
            }
            pause();
        }
        return new Ladder(List.copyOf(steps), lastTried, stoppedEarly);
    }

    /** One step with its CPU line; the verdict labels the row. */
    StepResult measured(int rate, Duration duration, Function<StepResult, String> verdict) {
        ProcessCpu.Sample before = cpu.sample();
        ServiceCost.Sample spentBefore = cost == null ? null : cost.sample();
        StepResult result = load.run(rate, duration);
        table.row(result, verdict.apply(result));
        table.cpu(cpu.sample().since(before));
        if (cost != null) {
            ServiceCost.Sample spent = cost.sample();
            StepCost perCall = new StepCost(spent.commandsBeforeAnswer(spentBefore),
                    spent.commandsPerCall(spentBefore, result.ok()),
                    spent.cpuMsPerCall(spentBefore, result.ok()));
            costs.put(result, perCall);
            table.note(perCall.line());
        }
        return result;
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(PAUSE.toMillis());
    }
}
