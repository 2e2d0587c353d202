package cn.huiyin.local.probes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code smoke name=apiUrl,managementUrl ...}: checks that each running service documents its API and events,
 * refuses an API call without a token, and is ready and exports metrics on its management port but not on its
 * API port. Prints what failed; exit 0 when nothing did.
 */
public final class SmokeCommand {

    /** Path on the API port → the status a healthy service answers without a token. */
    static final Map<String, Integer> API = Map.of(
            "/v3/api-docs", 200,
            "/asyncapi.yaml", 200,
            "/api/v1/smoke-check", 401,
            "/actuator/prometheus", 404);

    /** Path on the management port → the status a healthy service answers without a token. */
    static final Map<String, Integer> MANAGEMENT = Map.of(
            "/actuator/health/readiness", 200,
            "/actuator/prometheus", 200);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SmokeCommand() {
    }

    public static void main(String[] args) {
        List<String> failures = new ArrayList<>();
        for (String arg : args) {
            int split = arg.indexOf('=');
            String[] urls = arg.substring(split + 1).split(",");
            if (split < 1 || urls.length != 2) {
                System.err.println("usage: smoke name=apiUrl,managementUrl ...");
                System.exit(2);
            }
            String name = arg.substring(0, split);
            check(name, urls[0], API, failures);
            check(name + " (management)", urls[1], MANAGEMENT, failures);
        }
        failures.forEach(System.out::println);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static void check(String name, String base, Map<String, Integer> expectations, List<String> failures) {
        expectations.forEach((path, expected) -> {
            int actual = statusOf(base + path);
            if (actual != expected) {
                failures.add(name + " " + path + " answered " + actual + ", expected " + expected);
            }
        });
    }

    private static int statusOf(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
