package cn.huiyin.simulator.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP with a bearer token, as the simulated clients speak to Huiyin. Connection failures,
 * 429 and 5xx answers are retried a few times; every other answer is handed back as it came.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ATTEMPTS = 6;

    private final HttpClient http;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    public Api() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** An answer: the status, the body parsed (a missing node when empty or not JSON), and whether it was retried. */
    public record Answer(int status, JsonNode body, String text, boolean retried) {

        public boolean ok() {
            return status / 100 == 2;
        }

        /** The problem's field errors in one line, for messages (never the values sent). */
        public String problem() {
            return "HTTP " + status + " " + (body.isMissingNode() ? "" : body.path("detail").asString("")
                    + " " + body.path("errors").toString());
        }
    }

    public Answer get(URI uri, String token) {
        return send(HttpRequest.newBuilder(uri).GET(), token, null);
    }

    public Answer post(URI uri, String token, Object body) {
        return send(HttpRequest.newBuilder(uri), token, body == null ? "{}" : JSON.writeValueAsString(body), "POST");
    }

    public Answer put(URI uri, String token, Object body) {
        return send(HttpRequest.newBuilder(uri), token, JSON.writeValueAsString(body), "PUT");
    }

    public byte[] bytes(URI uri, String token) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri.getPath() + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(uri.getPath() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public long requests() {
        return requests.get();
    }

    public long retries() {
        return retries.get();
    }

    private Answer send(HttpRequest.Builder builder, String token, String json, String method) {
        builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return send(builder, token, json);
    }

    private Answer send(HttpRequest.Builder builder, String token, String ignored) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).build();
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if ((status == 429 || status >= 500) && attempt < ATTEMPTS) {
                    retries.incrementAndGet();
                    pause(attempt);
                    continue;
                }
                return new Answer(status, parse(response.body()), response.body(), attempt > 1);
            } catch (IOException e) {
                last = e;
                retries.incrementAndGet();
                pause(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " failed "
                + ATTEMPTS + " times: " + last, last);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.missingNode();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2_000, 100L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
