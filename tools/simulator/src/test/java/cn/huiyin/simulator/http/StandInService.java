package cn.huiyin.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

/**
 * A service the client under test talks to, on a port of its own: it answers the n-th request (from 1) as
 * told, and it can be absent at first (connections refused) and started later, as a restarting service is.
 */
final class StandInService implements AutoCloseable {

    /** How the n-th request is answered: a status and a body, or {@link #LOSE_THE_ANSWER}. */
    record Reply(int status, String body) {
    }

    /** The request is taken in and the connection closed without an answer, as a crash mid-request would. */
    static final Reply LOSE_THE_ANSWER = new Reply(-1, "");

    private final int port;
    private final IntFunction<Reply> replies;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private StandInService(int port, IntFunction<Reply> replies) {
        this.port = port;
        this.replies = replies;
    }

    /** Not listening yet: connections to its port are refused until {@link #start()}. */
    static StandInService notYetStarted(IntFunction<Reply> replies) {
        try (ServerSocket free = new ServerSocket(0)) {
            return new StandInService(free.getLocalPort(), replies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StandInService started(IntFunction<Reply> replies) {
        StandInService service = notYetStarted(replies);
        service.start();
        return service;
    }

    static Reply json(int status, String body) {
        return new Reply(status, body);
    }

    void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** "METHOD /path" of each request taken in, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    long requestsOf(String method) {
        return requests.stream().filter(r -> r.startsWith(method + " ")).count();
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        Reply reply = replies.apply(requests.size());
        if (reply == LOSE_THE_ANSWER) {
            // closed before any header was sent: the server drops the connection
            exchange.close();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (reply.status() == 429 || reply.status() == 503) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
