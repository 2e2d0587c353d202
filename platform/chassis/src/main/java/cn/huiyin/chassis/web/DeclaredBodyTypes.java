package cn.huiyin.chassis.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * A body sent to the API says what it is: without a {@code Content-Type}, or with a wildcard ({@code *}{@code /*}),
 * it is answered 415 instead of being read as whatever the endpoint expects (WebFlux's readers accept a wildcard,
 * and endpoints reading their body themselves took anything as JSON). Each endpoint still refuses a concrete type
 * it does not read (text/plain or XML for JSON) with 415. Runs after authentication, like every other answer.
 */
public class DeclaredBodyTypes implements WebFilter, Ordered {

    private final ProblemResponses problems;

    public DeclaredBodyTypes(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!request.getPath().pathWithinApplication().value().startsWith("/api/") || !hasBody(request)) {
            return chain.filter(exchange);
        }
        MediaType type;
        try {
            type = request.getHeaders().getContentType();
        } catch (RuntimeException unreadable) {
            type = null;
        }
        if (type != null && !type.isWildcardType() && !type.isWildcardSubtype()) {
            return chain.filter(exchange);
        }
        return problems.write(exchange, unsupported());
    }

    /** The answer for a body of a type the endpoint does not read. */
    public static ProblemException unsupported() {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "the body must be sent with the Content-Type this endpoint reads (application/json, or text/csv "
                        + "for an import)");
    }

    private static boolean hasBody(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return false;
        }
        HttpHeaders headers = request.getHeaders();
        return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    @Override
    public int getOrder() {
        // after Spring Security's WebFilterChainProxy (-100) and the rate limit (0)
        return 1;
    }
}
