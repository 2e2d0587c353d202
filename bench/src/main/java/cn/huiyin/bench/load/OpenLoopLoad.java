package cn.huiyin.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * An open-loop load generator: requests leave at fixed intervals whatever the server does, and
 * each latency is measured from the time the request was due, not from when it actually left, so
 * a slow server cannot slow the load down and hide its own queueing (coordinated omission).
 * Every run is bounded by its request count and by its duration plus the request timeout.
 */
public final class OpenLoopLoad implements AutoCloseable {

    static final Duration WINDOW = Duration.ofSeconds(10);

    private final ConnectionProvider pool;
    private final LoopResources loops;
    private final HttpClient client;
    private final String url;
    private final Duration timeout;
    private final LongFunction<byte[]> bodies;
    private final Created created;
    private long sequence;

    /** Told the body of every 201 and the {@link System#nanoTime()} its request was due. */
    @FunctionalInterface
    public interface Created {
        void accept(String body, long dueNanos);
    }

    /**
     * @param bodies  the JSON body of the n-th request of this generator
     * @param created told the response body of every 201, e.g. to collect the call ids
     */
    public OpenLoopLoad(URI url, String token, int connections, Duration timeout, LongFunction<byte[]> bodies,
            Consumer<String> created) {
        this(url, token, connections, timeout, bodies, (Created) (body, due) -> created.accept(body));
    }

    public OpenLoopLoad(URI url, String token, int connections, Duration timeout, LongFunction<byte[]> bodies,
            Created created) {
        Loopback.require(url);
        this.url = url.toString();
        this.timeout = timeout;
        this.bodies = bodies;
        this.created = created;
        this.pool = ConnectionProvider.builder("bench-" + url.getPort()).maxConnections(connections)
                .pendingAcquireMaxCount(-1).pendingAcquireTimeout(timeout).maxIdleTime(Duration.ofSeconds(30))
                .build();
        this.loops = LoopResources.create("bench-http-" + url.getPort(), 2, true);
        // one clock for every request: the Mono timeout below, from subscription to the whole answer
        this.client = HttpClient.create(pool).runOn(loops).keepAlive(true)
                .headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                        .set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON)
                        .set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token));
    }

    /** Sends {@code rate} requests a second for {@code duration}, then waits for the last answers. */
    public StepResult run(int rate, Duration duration) {
        long scheduled = rate * duration.toSeconds();
        double intervalNanos = 1e9 / rate;
        StepTally tally = new StepTally((int) (duration.toSeconds() / WINDOW.toSeconds()) + 1);
        long start = System.nanoTime() + 5_000_000;
        long lastSend = start + duration.toNanos() + timeout.toNanos();
        long sent = 0;
        for (long i = 0; i < scheduled; i++) {
            long due = start + (long) (i * intervalNanos);
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            if (now > lastSend) {
                break; // this machine could not even send at the rate; what was not sent counts as failed
            }
            send(due, start, tally);
            sent++;
        }
        tally.awaitIdle(timeout.plusSeconds(5));
        double seconds = (Math.max(tally.lastAnswer.get(), start) - start) / 1e9;
        return new StepResult(rate, scheduled, sent, tally.ok.sum(), tally.non2xx.sum(), tally.errors.sum(),
                tally.timeouts.sum(), tally.statuses(), tally.latency, seconds, tally.windowList());
    }

    private void send(long due, long start, StepTally tally) {
        byte[] body = bodies.apply(sequence++);
        tally.inFlight.incrementAndGet();
        client.post().uri(url)
                .send((request, out) -> {
                    request.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
                    return out.sendByteArray(Mono.just(body));
                })
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                        .map(text -> new Answer(response.status().code(), text)))
                .timeout(timeout)
                .subscribe(answer -> tally.answered(due, start, answer, created),
                        failure -> tally.failed(due, start, failure));
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(10));
        loops.disposeLater().block(Duration.ofSeconds(10));
    }

    /** An HTTP answer: its status and body. */
    record Answer(int status, String body) {
    }
}
