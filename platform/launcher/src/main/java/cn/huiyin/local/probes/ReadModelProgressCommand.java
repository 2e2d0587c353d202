package cn.huiyin.local.probes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code read-model-progress --management-url http://127.0.0.1:8184 [--timeout PT1H]}: follows reporting-service's
 * read model while it is derived from the topics, a line every few seconds (events applied, records behind by stage,
 * rate), and exits 0 once nothing is behind, 1 when the timeout passes first. Reads {@code /actuator/prometheus} on
 * the service's management port only.
 */
public final class ReadModelProgressCommand {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration EVERY = Duration.ofSeconds(5);

    /** What one scrape said; a stage is -1 until the service has measured it. */
    record Progress(double applied, Map<String, Long> behind) {

        long totalBehind() {
            return behind.values().stream().mapToLong(Long::longValue).sum();
        }

        boolean measured() {
            return behind.size() == 3 && behind.values().stream().allMatch(value -> value >= 0);
        }
    }

    private ReadModelProgressCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = "http://127.0.0.1:8184";
        Duration timeout = Duration.ofHours(1);
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--management-url" -> url = args[i + 1];
                case "--timeout" -> timeout = Duration.parse(args[i + 1]);
                default -> {
                    System.err.println("usage: read-model-progress [--management-url URL] [--timeout PT1H]");
                    System.exit(2);
                }
            }
        }
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        double lastApplied = 0;
        long lastAt = started;
        int caughtUp = 0;
        while (System.nanoTime() < deadline) {
            Progress progress = scrape(url);
            long now = System.nanoTime();
            if (progress != null) {
                double rate = (progress.applied() - lastApplied) / Math.max(1e-9, (now - lastAt) / 1e9);
                System.out.printf(Locale.ROOT, "[%6.1fs] read model  %,.0f events applied  %s behind  (%,.0f events/s)%n",
                        (now - started) / 1e9, progress.applied(), describe(progress), rate);
                lastApplied = progress.applied();
                lastAt = now;
                // twice in a row: the lag is measured every few seconds, and one zero may be a stale one
                caughtUp = progress.measured() && progress.totalBehind() == 0 ? caughtUp + 1 : 0;
                if (caughtUp >= 2) {
                    System.out.printf(Locale.ROOT, "the read model has every event: %,.0f applied in %.0f s%n",
                            progress.applied(), (now - started) / 1e9);
                    System.exit(0);
                }
            }
            Thread.sleep(EVERY.toMillis());
        }
        System.err.println("the read model was still behind after " + timeout);
        System.exit(1);
    }

    private static String describe(Progress progress) {
        if (!progress.measured()) {
            return "not yet measured";
        }
        return String.format(Locale.ROOT, "%,d (input %,d, internal %,d, sink %,d)", progress.totalBehind(),
                progress.behind().get("input"), progress.behind().get("internal"), progress.behind().get("sink"));
    }

    static Progress scrape(String url) throws InterruptedException {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(response.body()) : null;
        } catch (IOException e) {
            return null; // starting, or restarting: the next scrape tells
        }
    }

    static Progress parse(String scrape) {
        double applied = 0;
        Map<String, Long> behind = new LinkedHashMap<>();
        for (String line : scrape.split("\n")) {
            if (line.startsWith("huiyin_events_consumed_total{") && line.contains("outcome=\"applied\"")) {
                applied += value(line);
            } else if (line.startsWith("huiyin_reporting_lag_records{")) {
                int stage = line.indexOf("stage=\"");
                if (stage >= 0) {
                    String name = line.substring(stage + 7, line.indexOf('"', stage + 7));
                    behind.put(name, (long) value(line));
                }
            }
        }
        return new Progress(applied, behind);
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
