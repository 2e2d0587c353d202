package cn.huiyin.bench.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmark asks reporting-service: its counters (on its management port), and summaries. */
final class ReportingApi {

    /** The read model's events: the hotspot consumer (consumer="hotspots") counts case-received a second time. */
    private static final Pattern APPLIED = Pattern.compile(
            "^huiyin_events_consumed_total\\{(?![^}]*consumer=\"hotspots\")[^}]*outcome=\"applied\"[^}]*} ([0-9.eE+]+)$",
            Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final URI management;
    private final String token;

    ReportingApi(URI base, URI management, String token) {
        this.base = base;
        this.management = management;
        this.token = token;
    }


    /** Events the projections applied since the service started, from its Prometheus endpoint. */
    double applied() throws IOException, InterruptedException {
        return sum(APPLIED, metrics());
    }

    /** Documents of one kind ({@code buckets}, {@code facts}) the read model's sink wrote into MongoDB so far. */
    double written(String kind) throws IOException, InterruptedException {
        return sum(Pattern.compile("^huiyin_reporting_sink_written_total\\{[^}]*kind=\"" + kind + "\"[^}]*} ([0-9.eE+]+)$",
                Pattern.MULTILINE), metrics());
    }

    private String metrics() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(management.resolve("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double sum(Pattern counter, String metrics) {
        Matcher matcher = counter.matcher(metrics);
        double sum = 0;
        while (matcher.find()) {
            sum += Double.parseDouble(matcher.group(matcher.groupCount()));
        }
        return sum;
    }

    private static final Pattern LAG = Pattern.compile(
            "^huiyin_reporting_lag_records\\{[^}]*stage=\"(\\w+)\"[^}]*} ([-0-9.eE+]+)$", Pattern.MULTILINE);

    /**
     * Records the read model has not yet applied, over its three stages (the topics, its repartition topics, its
     * MongoDB sink); -1 while a stage is not yet measured.
     */
    long behind() throws IOException, InterruptedException {
        Matcher matcher = LAG.matcher(metrics());
        long sum = 0;
        int stages = 0;
        while (matcher.find()) {
            long value = (long) Double.parseDouble(matcher.group(2));
            if (value < 0) {
                return -1;
            }
            sum += value;
            stages++;
        }
        return stages == 3 ? sum : -1;
    }

    /** Times one summary request; fails on anything but 200. */
    Duration summary(String region, String from, String to) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(
                        "/api/v1/reports/summary?region=" + region + "&from=" + from + "&to=" + to))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("summary of " + region + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return took;
    }
}
