package cn.huiyin.bench;

import cn.huiyin.bench.ceiling.CeilingApplication;
import cn.huiyin.bench.ladder.IntakeBenchmark;

import java.util.Arrays;

import reactor.core.publisher.Hooks;

/**
 * One jar, two commands, both started by {@code bench/run}: {@code ceiling} serves the bare
 * insert endpoint in its own JVM; {@code intake} drives the load and prints the figures.
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
            default -> {
                System.err.println("usage: huiyin-bench.jar ceiling | intake --token T [options]; see bench/run");
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
        try {
            return BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return null;
        }
    }
}
