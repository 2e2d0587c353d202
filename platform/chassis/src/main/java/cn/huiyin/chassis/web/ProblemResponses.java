package cn.huiyin.chassis.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Problem} straight to a response; shared by the error handler and the security entry points. */
public final class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemException problem) {
        return write(exchange, problem.status(), problem.title(), problem.getMessage(), problem);
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail,
            ProblemException source) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Problem body = new Problem("about:blank", title, status.value(), detail,
                exchange.getRequest().getPath().value(), source == null ? null : source.errors());
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status);
        if (source != null && source.retryAfter() != null) {
            response.getHeaders().set("Retry-After", String.valueOf(Math.max(1, source.retryAfter().toSeconds())));
        }
        response.getHeaders().setContentType(MediaType.parseMediaType(Problem.MEDIA_TYPE));
        response.getHeaders().setContentLength(bytes.length);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
