package cn.huiyin.bench.e2e;

import cn.huiyin.bench.load.Loopback;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Options of {@code e2e}. The calls are dated {@code day} (Beijing time) in Bijie's counties, a day no other
 * benchmark uses, so that reporting's summary of 毕节市 (5205) for that day counts exactly these calls on top of
 * what earlier runs left.
 */
public record EndToEndOptions(URI intake, URI reporting, String kafka, String token, int rate, Duration duration,
        Duration settle, LocalDate day, Path json) {

    public static EndToEndOptions parse(String[] args) {
        URI intake = URI.create("http://127.0.0.1:8081");
        URI reporting = URI.create("http://127.0.0.1:8084");
        String kafka = "127.0.0.1:9092";
        String token = null;
        int rate = 200;
        Duration duration = Duration.ofSeconds(30);
        Duration wait = Duration.ofSeconds(240);
        LocalDate day = LocalDate.of(2021, 6, 15);
        Path json = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--base-url" -> intake = URI.create(value);
                case "--reporting-url" -> reporting = URI.create(value);
                case "--kafka" -> kafka = value;
                case "--token" -> token = value;
                case "--rate" -> rate = Integer.parseInt(value);
                case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(value));
                case "--wait-seconds" -> wait = Duration.ofSeconds(Long.parseLong(value));
                case "--day" -> day = LocalDate.parse(value);
                case "--json" -> json = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--token is required (calls:write and reports:read, region 52)");
        }
        if (rate < 1 || rate > 5_000) {
            throw new IllegalArgumentException("--rate must be between 1 and 5000 calls/s");
        }
        if (duration.isZero() || duration.compareTo(Duration.ofMinutes(10)) > 0
                || wait.isNegative() || wait.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("--seconds must be 1 to 600, --wait-seconds 0 to 1800");
        }
        Loopback.require(intake);
        Loopback.require(reporting);
        Loopback.require(URI.create("tcp://" + kafka));
        return new EndToEndOptions(intake, reporting, kafka, token, rate, duration, wait, day, json);
    }
}
