package cn.huiyin.bench.ladder;

import cn.huiyin.bench.BenchOptions;
import cn.huiyin.bench.calls.HotlineCalls;
import cn.huiyin.bench.events.AcceptedCalls;
import cn.huiyin.bench.events.CaseReceivedCounter;
import cn.huiyin.bench.events.EventCheck;
import cn.huiyin.bench.load.OpenLoopLoad;
import cn.huiyin.bench.load.StepResult;
import cn.huiyin.bench.machine.ProcessCpu;
import cn.huiyin.bench.machine.ServiceCost;
import cn.huiyin.bench.results.Figures;

import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run behind {@code bench/run intake}: the ceiling's ladder first, while the platform is idle,
 * then intake's ladder, a sustained run at the target rate, and the event count on Kafka.
 */
public final class IntakeBenchmark {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final int TARGET_RATE = 1_000;
    static final Duration QUIET = Duration.ofSeconds(10);
    static final Duration SETTLE_BOUND = Duration.ofSeconds(120);

    private IntakeBenchmark() {
    }

    public static int run(BenchOptions options) throws Exception {
        PrintStream out = System.out;
        StepTable table = new StepTable(out);
        ProcessCpu cpu = new ProcessCpu(options.pids());
        String run = Long.toString(System.currentTimeMillis(), 36);
        out.printf("Huiyin intake benchmark, %s, %d cores, Java %s%n", OffsetDateTime.now().truncatedTo(
                ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), Runtime.version());
        out.printf("open loop, latency from each request's scheduled time; rates %s, %d s a step, %d s warm-up "
                + "at %d/s, %d s sustained; %d connections, %d s timeout%n", options.rates(),
                options.step().toSeconds(), options.warmUp().toSeconds(), options.warmUpRate(),
                options.sustain().toSeconds(), options.connections(), TIMEOUT.toSeconds());

        Ladder ceiling;
        try (OpenLoopLoad load = new OpenLoopLoad(options.ceilingUrl().resolve("/ceiling/calls"), options.token(),
                options.connections(), TIMEOUT, new HotlineCalls("c" + run, 1)::body, created -> { })) {
            table.header("ceiling: a bare WebFlux endpoint inserting the same document into the same Mongo "
                    + "(" + options.ceilingUrl() + "/ceiling/calls)");
            ceiling = new RateLadder(load, table, cpu).climb(options.rates(), options.step(), options.warmUp(),
                    options.warmUpRate());
        }

        AcceptedCalls accepted = new AcceptedCalls();
        Ladder intake;
        RateLadder costs;
        StepResult sustained = null;
        EventCheck events;
        try (CaseReceivedCounter counter = new CaseReceivedCounter(options.kafka());
                OpenLoopLoad load = new OpenLoopLoad(options.intakeUrl().resolve("/api/v1/calls"), options.token(),
                        options.connections(), TIMEOUT, new HotlineCalls("i" + run, 2)::body, accepted)) {
            counter.start();
            table.header("intake-service: POST " + options.intakeUrl() + "/api/v1/calls");
            RateLadder ladder = new RateLadder(load, table, cpu, new ServiceCost(options.intakeManagementUrl(),
                    options.pids().getOrDefault("intake-service", -1L)));
            intake = ladder.climb(options.rates(), options.step(), options.warmUp(), options.warmUpRate());
            costs = ladder;
            if (!options.sustain().isZero()) {
                int rate = intake.sustained().map(StepResult::rate).filter(r -> r >= TARGET_RATE).orElse(TARGET_RATE);
                Thread.sleep(RateLadder.PAUSE.toMillis());
                table.header("intake-service sustained: " + rate + " calls/s for " + options.sustain().toSeconds()
                        + " s");
                sustained = ladder.measured(rate, options.sustain(), StepTable::verdict);
                table.windows(sustained.windows(), 10);
            }
            out.printf("%nwaiting until case-received stays quiet for %d s (at most %d s) ...%n", QUIET.toSeconds(),
                    SETTLE_BOUND.toSeconds());
            counter.awaitQuiet(QUIET, SETTLE_BOUND);
            events = counter.check(accepted);
        }
        new Summary(out).print(intake, sustained, ceiling, events);
        figures(intake, sustained, ceiling, events, costs).write(options.json());
        return 0;
    }

    /** What {@code bench/run suite} tabulates: both ladders step by step, their sustained rates, the event check. */
    private static Figures figures(Ladder intake, StepResult sustained, Ladder ceiling, EventCheck events,
            RateLadder costs) {
        Figures figures = new Figures();
        Map<String, Object> intakeFigures = ladder(intake, costs);
        // the cost figures of the highest sustained rate, else of the step closest to 200/s
        StepResult reference = intake.sustained().or(() -> intake.steps().stream()
                .min(Comparator.comparingInt(step -> Math.abs(step.rate() - 200)))).orElse(null);
        if (reference != null) {
            costs.costOf(reference).ifPresent(cost -> {
                intakeFigures.put("costRate", reference.rate());
                cost.commandsBeforeAnswer().ifPresent(value -> intakeFigures.put("commandsBeforeAnswer", value));
                cost.commandsPerCall().ifPresent(value -> intakeFigures.put("commandsPerCall", value));
                cost.cpuMsPerCall().ifPresent(value -> intakeFigures.put("cpuMsPerCall", value));
            });
        }
        figures.put("intake", intakeFigures);
        figures.put("ceiling", ladder(ceiling, null));
        if (sustained != null) {
            figures.put("intakeSustainedRun", step(sustained, costs));
        }
        figures.put("events", Map.of("accepted", events.accepted(), "caseReceived", events.events(), "missing",
                events.missing(), "duplicated", events.duplicated(), "nothingLost", events.nothingLost()));
        return figures;
    }

    private static Map<String, Object> ladder(Ladder ladder, RateLadder costs) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("sustainedRate", ladder.sustainedRate());
        values.put("limitNotReached", ladder.limitNotReached());
        values.put("peakAchieved", ladder.peakAchieved());
        values.put("stoppedEarly", ladder.stoppedEarly());
        values.put("steps", ladder.steps().stream().map(step -> step(step, costs)).toList());
        return values;
    }

    private static Map<String, Object> step(StepResult step, RateLadder costs) {
        Figures figures = new Figures().put("rate", step.rate()).put("achieved", step.achieved())
                .put("p50Ms", step.percentileMs(50)).put("p90Ms", step.percentileMs(90))
                .put("p99Ms", step.percentileMs(99)).put("maxMs", step.maxMs())
                .put("errors", step.errors() + step.scheduled() - step.sent()).put("non2xx", step.non2xx())
                .put("passes", step.passes());
        if (costs != null) {
            costs.costOf(step).ifPresent(cost -> {
                cost.commandsBeforeAnswer().ifPresent(value -> figures.put("commandsBeforeAnswer", value));
                cost.commandsPerCall().ifPresent(value -> figures.put("commandsPerCall", value));
                cost.cpuMsPerCall().ifPresent(value -> figures.put("cpuMsPerCall", value));
            });
        }
        return figures.values();
    }
}
