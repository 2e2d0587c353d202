package cn.huiyin.bench.reporting;

import cn.huiyin.bench.load.Loopback;
import cn.huiyin.regions.RegionRegistry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backlog of events far larger than memory waits on Kafka while the consumers work through it: publishes
 * {@code --cases} cases (five events each; 200,000 cases are 1,000,000 events) as fast as the broker takes
 * them, then watches the three consuming services for {@code --watch-seconds}: heap used against their maximum
 * (started with -Xmx256m by bench/run backlog), their lag and their progress. The binder polls a bounded batch
 * and each consumer applies one event at a time on its thread, so the backlog stays on Kafka's disk.
 */
public final class BacklogBenchmark {

    /** Their management servers (./huiyin's ports + 100), where the metrics are. */
    static final Map<String, URI> CONSUMERS = new LinkedHashMap<>(Map.of(
            "case-service", URI.create("http://127.0.0.1:8182"),
            "monitoring-service", URI.create("http://127.0.0.1:8183"),
            "reporting-service", URI.create("http://127.0.0.1:8184")));

    private BacklogBenchmark() {
    }

    /** {@code --cases N --watch-seconds S --bootstrap HOST:PORT}; exit 0 when every consumer stayed alive within its heap. */
    public static int run(String[] args) throws Exception {
        int cases = 200_000;
        int watchSeconds = 120;
        String bootstrap = "127.0.0.1:9092";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(args[i + 1].replace(",", "").replace("_", ""));
                case "--watch-seconds" -> watchSeconds = Integer.parseInt(args[i + 1]);
                case "--bootstrap" -> bootstrap = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Loopback.require(URI.create("kafka://" + bootstrap));
        HttpClient http = HttpClient.newHttpClient();
        HotlineYear year = new HotlineYear(RegionRegistry.loadDefault(), "backlog" + System.currentTimeMillis() % 100_000,
                HotlineYear.Shape.YEAR);
        long events = (long) cases * HotlineYear.EVENTS_PER_CASE;
        long started = System.nanoTime();
        try (EventPublisher publisher = new EventPublisher(bootstrap)) {
            for (int n = 0; n < cases; n++) {
                year.caseEvents(n, publisher::publish);
            }
        }
        double published = (System.nanoTime() - started) / 1e9;
        System.out.printf("published %,d events in %.1f s (%,.0f events/s)%n", events, published, events / published);
        System.out.printf("%6s %-20s %9s %9s %12s %10s%n", "s", "service", "heap MB", "max MB", "lag", "consumed");
        Map<String, Double> peakHeap = new LinkedHashMap<>();
        Map<String, Double> maxHeap = new LinkedHashMap<>();
        boolean alive = true;
        long watchStart = System.nanoTime();
        while ((System.nanoTime() - watchStart) / 1e9 < watchSeconds) {
            long second = Math.round((System.nanoTime() - watchStart) / 1e9);
            for (Map.Entry<String, URI> consumer : CONSUMERS.entrySet()) {
                String scrape;
                try {
                    scrape = http.send(HttpRequest.newBuilder(consumer.getValue().resolve("/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
                } catch (Exception e) {
                    System.out.printf("%6d %-20s DOWN: %s%n", second, consumer.getKey(), e.getMessage());
                    alive = false;
                    continue;
                }
                double heap = sum(scrape, "jvm_memory_used_bytes{", "area=\"heap\"") / 1048576;
                double max = sum(scrape, "jvm_memory_max_bytes{", "area=\"heap\"") / 1048576;
                peakHeap.merge(consumer.getKey(), heap, Math::max);
                maxHeap.put(consumer.getKey(), max);
                System.out.printf("%6d %-20s %9.0f %9.0f %,12.0f %,10.0f%n", second, consumer.getKey(), heap, max,
                        sum(scrape, "spring_cloud_stream_binder_kafka_offset{"),
                        sum(scrape, "huiyin_events_consumed_total{"));
            }
            Thread.sleep(10_000);
        }
        System.out.println();
        for (String service : CONSUMERS.keySet()) {
            System.out.printf("%-20s peak heap used %.0f MB of %.0f MB%n", service, peakHeap.getOrDefault(service, Double.NaN),
                    maxHeap.getOrDefault(service, Double.NaN));
        }
        System.out.println(alive ? "every consumer stayed up with the backlog waiting" : "a consumer went down");
        return alive ? 0 : 1;
    }

    private static double sum(String scrape, String series, String... labels) {
        double total = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series) && List.of(labels).stream().allMatch(line::contains)) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                total += value > 0 ? value : 0;
            }
        }
        return total;
    }
}
