package cn.huiyin.bench.reporting;

import cn.huiyin.bench.results.Figures;
import cn.huiyin.regions.RegionRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Loads generated cases into reporting-service through Kafka, prints the projection's throughput
 * while it catches up, then times the summary of a city over six months and of the province over
 * the year. The summary reads month buckets only (counties × months), so its cost follows the
 * number of buckets, which a year of traffic over every county already fills, not the number of cases.
 */
public final class ReportingBenchmark {

    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration PROGRESS = Duration.ofSeconds(20);
    private static final Duration QUIET_WAIT = Duration.ofMinutes(5);
    /** Polls in a row with nothing behind and nothing newly applied. */
    private static final int QUIET_POLLS = 3;

    private ReportingBenchmark() {
    }

    public static int run(ReportingOptions options) throws Exception {
        RegionRegistry regions = RegionRegistry.loadDefault();
        String run = Long.toString(System.currentTimeMillis(), 36);
        HotlineYear year = new HotlineYear(regions, run, options.shape());
        ReportingApi api = new ReportingApi(options.reporting(), options.management(), options.token());
        long events = (long) options.cases() * HotlineYear.EVENTS_PER_CASE;
        System.out.printf("reporting: %,d cases (%,d events) of 2020, shape %s, run %s%n", options.cases(), events,
                options.shape().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), run);
        double quietAfter = awaitQuiet(api, QUIET_WAIT);
        double before = api.applied();
        double bucketsBefore = api.written("buckets");
        double factsBefore = api.written("facts");
        long started = System.nanoTime();
        try (EventPublisher publisher = new EventPublisher(options.bootstrap())) {
            for (int n = 0; n < options.cases(); n++) {
                year.caseEvents(n, publisher::publish);
            }
        }
        double published = seconds(started);
        System.out.printf("published %,d events in %.1f s (%,.0f events/s)%n", events, published, events / published);
        Figures figures = new Figures().put("cases", options.cases()).put("shape", options.shape().name())
                .put("events", events).put("quietAfterSeconds", quietAfter)
                .put("publishedPerSecond", events / published);
        double projected = awaitProjection(api, before, events, started, options.timeout());
        figures.put("projectedSeconds", projected).put("projectedPerSecond", events / projected);
        double buckets = api.written("buckets") - bucketsBefore;
        double facts = api.written("facts") - factsBefore;
        System.out.printf("MongoDB documents written by the read model: %,.0f buckets and %,.0f facts (%.2f per event)%n",
                buckets, facts, (buckets + facts) / events);
        figures.put("bucketsWritten", buckets).put("factsWritten", facts)
                .put("documentsWrittenPerEvent", (buckets + facts) / events);
        if (Double.isNaN(projected)) {
            figures.write(options.json());
            return 1;
        }
        figures.put("summaries", summaries(api, options.repeats()));
        figures.write(options.json());
        return 0;
    }

    /**
     * The seconds from the first event published until the read model has them all in MongoDB (the topology
     * applied them and nothing is behind at any stage), or NaN on timeout.
     */
    private static double awaitProjection(ReportingApi api, double before, long events, long started,
            Duration timeout) throws Exception {
        long deadline = started + timeout.toNanos();
        long nextReport = System.nanoTime() + PROGRESS.toNanos();
        double applied = 0;
        while (System.nanoTime() < deadline) {
            applied = api.applied() - before;
            long behind = api.behind();
            if (applied >= events && behind == 0) {
                double took = seconds(started);
                System.out.printf("projected %,d events in %.1f s: %,.0f events/s (target 2,500)%n", events, took,
                        events / took);
                return took;
            }
            if (System.nanoTime() > nextReport) {
                System.out.printf("  ... %,.0f of %,d applied after %.0f s (%,.0f events/s), %,d records behind%n",
                        applied, events, seconds(started), applied / seconds(started), behind);
                nextReport += PROGRESS.toNanos();
            }
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
        System.out.printf("gave up after %s: %,.0f of %,d events applied%n", timeout, applied, events);
        return Double.NaN;
    }

    /**
     * Waits until the read model has nothing behind and applies nothing new for a few polls: in the suite the parts
     * before this one leave events still flowing, and the rate measured here is of this run's events alone.
     * Returns the seconds waited; NaN when it never went quiet (the rate then includes the others' events).
     */
    private static double awaitQuiet(ReportingApi api, Duration limit) throws Exception {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        double last = api.applied();
        int still = 0;
        while (System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
            double applied = api.applied();
            still = applied == last && api.behind() == 0 ? still + 1 : 0;
            last = applied;
            if (still >= QUIET_POLLS) {
                double waited = seconds(started);
                System.out.printf("the read model was quiet after %.1f s%n", waited);
                return waited;
            }
        }
        System.out.printf("the read model was still busy after %s: the rate below includes other events%n", limit);
        return Double.NaN;
    }

    private static List<Map<String, Object>> summaries(ReportingApi api, int repeats) throws Exception {
        return List.of(time(api, "city 5205 (毕节市), six months", "5205", "2020-01-01", "2020-06-30", repeats),
                time(api, "province 52 (贵州省), the year", "52", "2020-01-01", "2020-12-31", repeats),
                time(api, "county 520526, a part month", "520526", "2020-03-05", "2020-04-20", repeats));
    }

    private static Map<String, Object> time(ReportingApi api, String what, String region, String from, String to, int repeats)
            throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            millis.add(api.summary(region, from, to).toMillis());
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("summary of %s: median %d ms, min %d, max %d over %d requests %s (target ≤ 300 ms)%n",
                what, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), repeats, millis);
        return new Figures().put("query", what).put("region", region).put("from", from).put("to", to)
                .put("medianMs", sorted.get(sorted.size() / 2)).put("minMs", sorted.get(0))
                .put("maxMs", sorted.get(sorted.size() - 1)).put("requests", repeats).values();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
