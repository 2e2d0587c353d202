package cn.huiyin.simulator.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP with a bearer token, as the simulated clients speak to Huiyin. A service that is down or
 * restarting is waited for, as real clients would: a refused connection, 429, 502, 503, 504 and timeouts
 * are tried again with a growing, jittered back-off for up to the {@link Backoff}'s patience; every other
 * answer, 4xx and 500 among them, is handed back as it came.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** The clock the back-off waits on: the real one, or a test's. */
    interface Waits {

        long nanoTime();

        void sleep(long millis) throws InterruptedException;
    }

    private static final Waits REAL_TIME = new Waits() {

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    };

    private final HttpClient http;
    private final Backoff backoff;
    private final Waits waits;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicInteger waiting = new AtomicInteger();

    public Api() {
        this(Backoff.patience(Backoff.DEFAULT_PATIENCE));
    }

    public Api(Backoff backoff) {
        this(backoff, REAL_TIME);
    }

    Api(Backoff backoff, Waits waits) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        this.backoff = backoff;
        this.waits = waits;
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

        public Answer asRetried() {
            return new Answer(status, body, text, true);
        }
    }

    public Answer get(URI uri, String token) {
        return answer(exchange(request(uri, token).GET().build(), IfAnswerLost.resend()));
    }

    public Answer post(URI uri, String token, Object body, IfAnswerLost ifLost) {
        return answer(exchange(json(uri, token, "POST", body == null ? "{}" : JSON.writeValueAsString(body)), ifLost));
    }

    /** A PUT sets what it sends: sent again after a lost answer. */
    public Answer put(URI uri, String token, Object body) {
        return answer(exchange(json(uri, token, "PUT", JSON.writeValueAsString(body)), IfAnswerLost.resend()));
    }

    public byte[] bytes(URI uri, String token) {
        Exchange done = exchange(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), IfAnswerLost.resend());
        if (done.answer() != null) {
            throw new IllegalStateException(uri.getPath() + " answered HTTP " + done.answer().status());
        }
        if (done.response().statusCode() != 200) {
            throw new IllegalStateException(uri.getPath() + " answered HTTP " + done.response().statusCode());
        }
        return done.response().body();
    }

    public long requests() {
        return requests.get();
    }

    public long retries() {
        return retries.get();
    }

    /** Requests waiting, right now, for a service to come back. */
    public int waiting() {
        return waiting.get();
    }

    /** How long an action waits for a service at most. */
    public Duration patience() {
        return backoff.patience();
    }

    private static HttpRequest.Builder request(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }

    private static HttpRequest json(URI uri, String token, String method, String json) {
        return request(uri, token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** The response as it came, or the answer a read gave after a lost one took effect. */
    private record Exchange(HttpResponse<byte[]> response, Answer answer, boolean retried) {
    }

    private Exchange exchange(HttpRequest request, IfAnswerLost ifLost) {
        long started = waits.nanoTime();
        int failures = 0;
        boolean lost = false;
        while (true) {
            if (lost) {
                Optional<Answer> applied = ifLost.applied();
                if (applied.isPresent()) {
                    return new Exchange(null, applied.get().asRetried(), true);
                }
            }
            requests.incrementAndGet();
            Attempt attempt = attempt(request);
            if (attempt.response() != null && !attempt.retryable()) {
                return new Exchange(attempt.response(), null, failures > 0);
            }
            failures++;
            lost |= attempt.answerLost();
            long delay = backoff.delayMillis(failures, attempt.retryAfterMillis(), ThreadLocalRandom.current());
            long waited = (waits.nanoTime() - started) / 1_000_000;
            if (waited + delay > backoff.patience().toMillis()) {
                if (attempt.response() != null) {
                    return new Exchange(attempt.response(), null, failures > 1);
                }
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " failed "
                        + failures + " times in " + waited / 1000 + " s: " + attempt.failure(), attempt.failure());
            }
            retries.incrementAndGet();
            pause(delay);
        }
    }

    /** One try: a response, or the reason there was none. */
    private record Attempt(HttpResponse<byte[]> response, IOException failure) {

        /** Nothing was done: refused before it was read (429, 503), or never reached the service. */
        boolean retryable() {
            if (response == null) {
                return true;
            }
            int status = response.statusCode();
            return status == 429 || status == 502 || status == 503 || status == 504;
        }

        /** The request may have been done although its answer never came. */
        boolean answerLost() {
            if (response != null) {
                return response.statusCode() == 502 || response.statusCode() == 504;
            }
            return !(failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException);
        }

        long retryAfterMillis() {
            if (response == null) {
                return 0;
            }
            try {
                return response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L) * 1000;
            } catch (NumberFormatException httpDate) {
                return 0;
            }
        }
    }

    private Attempt attempt(HttpRequest request) {
        try {
            return new Attempt(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), null);
        } catch (IOException e) {
            return new Attempt(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void pause(long millis) {
        waiting.incrementAndGet();
        try {
            waits.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            waiting.decrementAndGet();
        }
    }

    private static Answer answer(Exchange done) {
        if (done.answer() != null) {
            return done.answer();
        }
        String text = new String(done.response().body(), StandardCharsets.UTF_8);
        return new Answer(done.response().statusCode(), parse(text), text, done.retried());
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
}
