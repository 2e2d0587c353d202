package cn.huiyin.bench.rescore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.bson.Document;

/** The three calls the rescoring benchmark makes to monitoring-service, with the bench's bearer token. */
final class MonitoringApi {

    /** What {@code POST /api/v1/risk/rescore} answers. */
    record Rescored(long households, long rescored, long levelChanged, long skipped, Duration took) {

        static Rescored of(Document body) {
            return new Rescored(number(body, "households"), number(body, "rescored"), number(body, "levelChanged"),
                    number(body, "skipped"), Duration.parse(body.getString("took")));
        }

        private static long number(Document body, String field) {
            return ((Number) body.get(field)).longValue();
        }
    }

    /** Generous: the embedded server holds a collection's lock through every scan of it (the gauges run them). */
    private static final Duration SINGLE = Duration.ofMinutes(2);

    /** GETs asked again after a 503. */
    int retries;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    MonitoringApi(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Registers a household the way the monitoring office does; the status code is returned. */
    int put(String householdId, String json) throws IOException, InterruptedException {
        HttpRequest request = request("/api/v1/households/" + householdId, SINGLE)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The household as the API shows it, read through the service's own mapping. A 503 (MongoDB did not answer
     * in time: right after a large insert the embedded server is busy with the gauges' scans) is asked again for
     * up to two minutes, and the retries are counted in {@link #retries}.
     */
    Document get(String householdId) throws IOException, InterruptedException {
        HttpResponse<String> response = null;
        for (long deadline = System.nanoTime() + SINGLE.toNanos(); ; retries++) {
            response = client.send(request("/api/v1/households/" + householdId, SINGLE).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 503 || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(2_000);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET household " + householdId + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return Document.parse(response.body());
    }

    /** Rescores every household; waits as long as {@code timeout} for the answer. */
    Rescored rescore(int pageSize, Duration timeout) throws IOException, InterruptedException {
        String path = "/api/v1/risk/rescore" + (pageSize > 0 ? "?pageSize=" + pageSize : "");
        HttpResponse<String> response = client.send(request(path, timeout)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return Rescored.of(Document.parse(response.body()));
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token);
    }
}
