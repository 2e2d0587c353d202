package cn.huiyin.chassis.mongo;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;

import reactor.core.publisher.Mono;

/**
 * The MongoDB commands one request sent before its answer: a counter travels in the Reactor context
 * of the request, the driver hands it to {@link MongoCommandCounts} with each command
 * ({@link ReactorRequestContext}), and when the response is committed the count is recorded as
 * {@code huiyin_mongo_commands_per_request{method,route}}. Work the request left for after its answer
 * (the outbox's send, batched removals) runs outside that context and is not counted here.
 */
public class RequestCommands implements WebFilter {

    /** The key of the request's counter in the Reactor context and in the driver's request context. */
    public static final String COUNT = RequestCommands.class.getName() + ".count";

    static final String METRIC = "huiyin.mongo.commands.per.request";

    private final MeterRegistry meters;

    public RequestCommands(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        AtomicInteger count = new AtomicInteger();
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> record(exchange, count.get())));
        return chain.filter(exchange).contextWrite(context -> context.put(COUNT, count));
    }

    private void record(ServerWebExchange exchange, int commands) {
        Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String route = pattern instanceof PathPattern matched ? matched.getPatternString() : "other";
        DistributionSummary.builder(METRIC)
                .description("MongoDB commands a request sent before it was answered")
                .tag("method", exchange.getRequest().getMethod().name()).tag("route", route)
                .register(meters).record(commands);
    }
}
