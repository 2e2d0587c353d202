package cn.huiyin.chassis.limits;

import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.ProblemResponses;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * A token bucket per client on the API: a client over its rate is answered 429 problem+json with
 * {@code Retry-After}, before its request costs the service anything. Runs after authentication, so the
 * client is the token's subject; requests the security chain let through without a token are not limited.
 * One bucket per subject that has called: subjects are the province's registered systems, a bounded set.
 */
public class RateLimits implements WebFilter, Ordered {

    private final RateLimitProperties properties;
    private final ProblemResponses problems;
    private final MeterRegistry meters;
    private final List<PathPattern> paths;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(RateLimitProperties properties, ProblemResponses problems, MeterRegistry meters) {
        this.properties = properties;
        this.problems = problems;
        this.meters = meters;
        this.paths = properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (!properties.enabled() || paths.stream().noneMatch(pattern -> pattern.matches(path))) {
            return chain.filter(exchange);
        }
        // an empty Mono<Void> from the chain must not look like "no principal": branch on an Optional instead
        return exchange.getPrincipal().map(principal -> Optional.ofNullable(principal.getName())).defaultIfEmpty(Optional.empty())
                .flatMap(client -> client.isPresent() ? limited(client.get(), exchange, chain) : chain.filter(exchange));
    }

    private Mono<Void> limited(String client, ServerWebExchange exchange, WebFilterChain chain) {
        ConsumptionProbe probe = buckets.computeIfAbsent(client, this::bucketOf).tryConsumeAndReturnRemaining(1);
        exchange.getResponse().getHeaders().set("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        Counter.Builder refused = Counter.builder("huiyin.http.rate.limited")
                .description("API requests refused with 429 (by client where huiyin.rate-limit.label-clients is on)");
        (properties.labelClients() ? refused.tag("client", client) : refused).register(meters).increment();
        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        return problems.write(exchange, ProblemException.tooManyRequests("more than "
                + properties.limitOf(client).requestsPerSecond()
                + " requests per second from this client; send again after Retry-After seconds",
                wait.isZero() ? Duration.ofSeconds(1) : wait.plusMillis(999)));
    }

    private Bucket bucketOf(String client) {
        RateLimitProperties.Client limit = properties.limitOf(client);
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.burst())
                        .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1)).build())
                .build();
    }

    @Override
    public int getOrder() {
        // after Spring Security's WebFilterChainProxy (-100), which has authenticated the client
        return 0;
    }
}
