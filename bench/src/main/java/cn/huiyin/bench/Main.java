package cn.huiyin.bench;

import cn.huiyin.bench.ceiling.CeilingApplication;
import cn.huiyin.bench.e2e.EndToEndBenchmark;
import cn.huiyin.bench.e2e.EndToEndOptions;
import cn.huiyin.bench.ladder.IntakeBenchmark;
import cn.huiyin.bench.reference.ProducerReference;
import cn.huiyin.bench.reporting.BacklogBenchmark;
import cn.huiyin.bench.reporting.ReportingBenchmark;
import cn.huiyin.bench.reporting.ReportingOptions;
import cn.huiyin.bench.rescore.RescoreBenchmark;
import cn.huiyin.bench.rescore.RescoreOptions;
import cn.huiyin.bench.suite.SuiteTable;

import java.util.Arrays;
import java.util.function.Supplier;

import reactor.core.publisher.Hooks;

/**
 * One jar, seven commands, all started by {@code bench/run}: {@code ceiling} serves the bare
 * insert endpoint in its own JVM; {@code intake} drives the load and prints the figures;
 * {@code rescore} generates households and times monitoring-service's rescoring of them;
 * {@code reporting} loads a year of cases into reporting-service and times its summaries;
 * {@code e2e} times call → case → report at a fixed rate; {@code producer} is the broker's raw
 * producer reference; {@code suite-table} prints and writes the suite's table from their JSON.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "ceiling" -> CeilingApplication.main(rest);
            case "intake" -> {
                quiet();
                System.exit(IntakeBenchmark.run(options(rest)));
            }
            case "rescore" -> {
                quiet();
                System.exit(RescoreBenchmark.run(parsed(() -> RescoreOptions.parse(rest))));
            }
            case "reporting" -> {
                quiet();
                System.exit(ReportingBenchmark.run(parsed(() -> ReportingOptions.parse(rest))));
            }
            case "e2e" -> {
                quiet();
                System.exit(EndToEndBenchmark.run(parsed(() -> EndToEndOptions.parse(rest))));
            }
            case "producer" -> {
                quiet();
                System.exit(ProducerReference.run(rest));
            }
            case "suite-table" -> System.exit(SuiteTable.run(rest));
            case "backlog" -> System.exit(BacklogBenchmark.run(rest));
            default -> {
                System.err.println("usage: huiyin-bench.jar ceiling | intake --token T [options]"
                        + " | rescore --token T [options] | reporting --token T [options] | e2e --token T [options]"
                        + " | producer [options] | suite-table --dir D --out F; see bench/run");
                System.exit(2);
            }
        }
    }

    /**
     * The figures are the output: client libraries log warnings only, and the errors of requests
     * the load already gave up on (timed out, then failed) are not printed one by one.
     */
    private static void quiet() {
        System.setProperty("logback.configurationFile", "logback-bench.xml");
        Hooks.onErrorDropped(dropped -> {
        });
    }

    private static BenchOptions options(String[] args) {
        return parsed(() -> BenchOptions.parse(args));
    }

    private static <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return null;
        }
    }
}
