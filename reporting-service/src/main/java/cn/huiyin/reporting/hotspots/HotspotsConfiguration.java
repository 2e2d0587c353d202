package cn.huiyin.reporting.hotspots;

import cn.huiyin.chassis.messaging.IdempotentConsumer;
import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.reporting.hotspots.application.HotspotQueries;
import cn.huiyin.reporting.hotspots.web.HotspotApiDocs;
import cn.huiyin.reporting.hotspots.web.HotspotHandler;
import cn.huiyin.reporting.summary.application.ReportScope;
import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import cn.huiyin.reporting.hotspots.application.CallCounts;
import cn.huiyin.reporting.hotspots.application.HotspotDetection;
import cn.huiyin.reporting.hotspots.application.Hotspots;
import cn.huiyin.reporting.hotspots.infrastructure.DayCounterStore;
import cn.huiyin.reporting.hotspots.infrastructure.HotspotStore;
import cn.huiyin.reporting.hotspots.messaging.HotspotConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * Hotspot warnings (热点预警): the day counters, the hotspots with their outbox, the detection and its consumer,
 * and the route that lists them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HotspotProperties.class)
class HotspotsConfiguration {

    @Bean
    DayCounterStore dayCounterStore(ReactiveMongoTemplate mongo) {
        DayCounterStore store = new DayCounterStore(mongo);
        ensure(store.ensureIndexes());
        return store;
    }

    @Bean
    HotspotStore hotspotStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        HotspotStore store = new HotspotStore(mongo, outbox);
        ensure(store.ensureIndexes());
        return store;
    }

    @Bean
    HotspotDetection hotspotDetection(CallCounts counts, Hotspots hotspots, HotspotProperties properties,
            MeterRegistry meters, Clock clock) {
        return new HotspotDetection(counts, hotspots, properties.rule(), meters, clock);
    }

    /** Bound to {@code case-received} by its name ({@code hotspots-in-0} in application.yml). */
    @Bean
    Consumer<Message<List<byte[]>>> hotspots(IdempotentConsumer consumer, HotspotDetection detection) {
        return new HotspotConsumer(consumer, detection);
    }

    @Bean
    HotspotQueries hotspotQueries(Hotspots hotspots, ReportScope scope) {
        return new HotspotQueries(hotspots, scope);
    }

    @Bean
    RouterFunction<ServerResponse> hotspotRoutes(HotspotQueries queries) {
        HotspotHandler handler = new HotspotHandler(queries);
        return SpringdocRouteBuilder.route()
                .GET("/api/v1/hotspots", handler::list, HotspotApiDocs.list())
                .build();
    }

    @Bean
    AccessRules hotspotAccess() {
        return exchanges -> exchanges
                .pathMatchers("/api/v1/hotspots/**").hasAuthority(Scopes.authority(Scopes.REPORTS_READ));
    }

    // not awaited: the service starts while MongoDB is still coming up, and creating an index twice is harmless
    private static void ensure(Mono<Void> indexes) {
        indexes.subscribe(null, failure -> LoggerFactory.getLogger(HotspotsConfiguration.class)
                .warn("could not create the hotspot indexes: {}", failure.toString()));
    }
}
