package cn.huiyin.bench.rescore;

import cn.huiyin.bench.BenchOptions;
import cn.huiyin.bench.load.Loopback;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code rescore}; monitoring-service and its MongoDB must be loopback addresses.
 *
 * @param pageSize households per page of the rescoring, or 0 for the service's configured size
 */
public record RescoreOptions(URI monitoringUrl, String mongoUri, String database, String token, List<Integer> households,
        int pageSize, Path vaultKeys, Duration timeout, long seed, Map<String, Long> pids, Path json) {

    public static final List<Integer> DEFAULT_HOUSEHOLDS = List.of(100_000, 1_000_000);
    static final int MAX_HOUSEHOLDS = 2_000_000;

    public static RescoreOptions parse(String[] args) {
        URI monitoring = URI.create("http://127.0.0.1:8083");
        String mongo = "mongodb://127.0.0.1:27017";
        String database = "huiyin-monitoring";
        String token = null;
        List<Integer> households = DEFAULT_HOUSEHOLDS;
        int pageSize = 0;
        Path vaultKeys = Path.of("data/keys/vault.properties");
        Duration timeout = Duration.ofMinutes(60);
        long seed = 52;
        Path json = null;
        Map<String, Long> pids = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i++]) {
                case "--base-url" -> monitoring = URI.create(value);
                case "--mongo" -> mongo = value;
                case "--database" -> database = value;
                case "--token" -> token = value;
                case "--households" -> households = Arrays.stream(value.split(",")).map(String::trim)
                        .map(n -> n.replace("_", "")).map(Integer::valueOf).toList();
                case "--page-size" -> pageSize = Integer.parseInt(value);
                case "--vault-keys" -> vaultKeys = Path.of(value);
                case "--timeout-minutes" -> timeout = Duration.ofMinutes(Long.parseLong(value));
                case "--seed" -> seed = Long.parseLong(value);
                case "--pids" -> pids = BenchOptions.pids(value);
                case "--json" -> json = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
            }
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--token is required (bench/run mints one with ./huiyin token)");
        }
        if (households.isEmpty() || households.stream().anyMatch(n -> n < 1 || n > MAX_HOUSEHOLDS)) {
            throw new IllegalArgumentException("--households must be between 1 and " + MAX_HOUSEHOLDS);
        }
        if (pageSize < 0 || pageSize > 10_000) {
            throw new IllegalArgumentException("--page-size must be between 1 and 10000");
        }
        if (timeout.isZero() || timeout.isNegative() || timeout.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("--timeout-minutes must be between 1 and 240");
        }
        Loopback.require(monitoring);
        Loopback.require(URI.create(mongo));
        return new RescoreOptions(monitoring, mongo, database, token, households, pageSize, vaultKeys, timeout, seed,
                pids, json);
    }
}
