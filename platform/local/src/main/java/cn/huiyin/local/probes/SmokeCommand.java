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
 * {@code smoke name=baseUrl ...}: checks that each running service documents its API and events,
 * exports metrics and refuses an API call without a token. Prints what failed; exit 0 when nothing did.
 */
public final class SmokeCommand {

    /** Path → the status a healthy service answers without a token. */
    static final Map<String, Integer> EXPECTED = Map.of(
            "/actuator/health/readiness", 200,
            "/v3/api-docs", 200,
            "/asyncapi.yaml", 200,
            "/actuator/prometheus", 200,
            "/api/v1/smoke-check", 401);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SmokeCommand() {
    }

    public static void main(String[] args) {
        List<String> failures = new ArrayList<>();
        for (String arg : args) {
            int split = arg.indexOf('=');
            String name = arg.substring(0, split);
            String base = arg.substring(split + 1);
            EXPECTED.forEach((path, expected) -> {
                int actual = statusOf(base + path);
                if (actual != expected) {
                    failures.add(name + " " + path + " answered " + actual + ", expected " + expected);
                }
            });
        }
        failures.forEach(System.out::println);
        System.exit(failures.isEmpty() ? 0 : 1);
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
