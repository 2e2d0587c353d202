package cn.huiyin.bench;

import cn.huiyin.bench.load.Loopback;
import cn.huiyin.bench.machine.ManagementPort;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line of {@code intake}; every target must be a loopback address. */
public record BenchOptions(URI intakeUrl, URI intakeManagementUrl, URI ceilingUrl, String kafka, String token,
        List<Integer> rates, Duration step, Duration sustain, Duration warmUp, int warmUpRate, int connections,
        Map<String, Long> pids, Path json) {

    public static final List<Integer> DEFAULT_RATES = List.of(200, 400, 600, 800, 1000, 1200, 1500);

    public static BenchOptions parse(String[] args) {
        URI intake = URI.create("http://127.0.0.1:8081");
        URI intakeManagement = null;
        URI ceiling = URI.create("http://127.0.0.1:8090");
        String kafka = "127.0.0.1:9092";
        String token = null;
        List<Integer> rates = DEFAULT_RATES;
        Duration step = Duration.ofSeconds(20);
        Duration sustain = Duration.ofSeconds(60);
        Duration warmUp = Duration.ofSeconds(10);
        int connections = 500;
        Integer warmUpRateGiven = null;
        Map<String, Long> pids = new LinkedHashMap<>();
        Path json = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i++]) {
                case "--base-url" -> intake = URI.create(value);
                case "--management-url" -> intakeManagement = URI.create(value);
                case "--ceiling-url" -> ceiling = URI.create(value);
                case "--kafka" -> kafka = value;
                case "--token" -> token = value;
                case "--rates" -> rates = Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf)
                        .sorted().toList();
                case "--step-seconds" -> step = Duration.ofSeconds(Long.parseLong(value));
                case "--sustain-seconds" -> sustain = Duration.ofSeconds(Long.parseLong(value));
                case "--warmup-seconds" -> warmUp = Duration.ofSeconds(Long.parseLong(value));
                case "--warmup-rate" -> warmUpRateGiven = Integer.valueOf(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--pids" -> pids = pids(value);
                case "--json" -> json = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
            }
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--token is required (bench/run mints one with ./huiyin token)");
        }
        if (rates.isEmpty() || rates.get(0) <= 0 || rates.get(rates.size() - 1) > 5_000) {
            throw new IllegalArgumentException("--rates must be between 1 and 5000 calls/s");
        }
        if (connections < 1 || connections > 2_000) {
            throw new IllegalArgumentException("--connections must be between 1 and 2000");
        }
        if (step.isZero()) {
            throw new IllegalArgumentException("--step-seconds must be at least 1");
        }
        bounded("--step-seconds", step);
        bounded("--sustain-seconds", sustain);
        bounded("--warmup-seconds", warmUp);
        if (intakeManagement == null) {
            intakeManagement = ManagementPort.of(intake);
        }
        Loopback.require(intake);
        Loopback.require(intakeManagement);
        Loopback.require(ceiling);
        Loopback.require(URI.create("tcp://" + kafka));
        // warm up at 200/s, or at the first rate when the ladder starts lower: a warm-up must not overload.
        // A cold service JVM answers a fraction of its warm rate while C2 compiles (intake: 6/s cold
        // against 100/s after eight minutes), so a long, slow warm-up (--warmup-rate) measures it fairly.
        int warmUpRate = warmUpRateGiven != null ? warmUpRateGiven : Math.min(200, rates.get(0));
        if (warmUpRate < 1 || warmUpRate > 5_000) {
            throw new IllegalArgumentException("--warmup-rate must be between 1 and 5000 calls/s");
        }
        return new BenchOptions(intake, intakeManagement, ceiling, kafka, token, rates, step, sustain, warmUp,
                warmUpRate, connections, pids, json);
    }

    /** "intake-service=123,platform=456": the processes whose CPU each step reports. */
    public static Map<String, Long> pids(String value) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            String[] nameAndPid = pair.split("=");
            if (nameAndPid.length == 2 && !nameAndPid[1].isBlank()) {
                pids.put(nameAndPid[0].trim(), Long.valueOf(nameAndPid[1].trim()));
            }
        }
        return pids;
    }

    private static void bounded(String name, Duration duration) {
        if (duration.isNegative() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 600");
        }
    }
}
