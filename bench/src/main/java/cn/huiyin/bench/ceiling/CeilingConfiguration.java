package cn.huiyin.bench.ceiling;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.ReactiveIndexOperations;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class CeilingConfiguration {

    /**
     * Starts each run on an empty collection carrying the indexes intake keeps on its calls, so an
     * insert pays the same index upkeep as intake's. Done while the context starts, before the
     * port opens, so bench/run may send as soon as the port answers.
     */
    @Bean
    CeilingHandler ceilingHandler(ReactiveMongoTemplate mongo) {
        ReactiveIndexOperations indexes = mongo.indexOps(CeilingCall.COLLECTION);
        mongo.dropCollection(CeilingCall.COLLECTION)
                .then(indexes.createIndex(new Index("idempotencyKey", Sort.Direction.ASC).unique()
                        .named("idempotency")))
                .then(indexes.createIndex(new Index("trackingNumber", Sort.Direction.ASC).unique().sparse()
                        .named("tracking_number")))
                .then(indexes.createIndex(new Index("caller.ref", Sort.Direction.ASC)
                        .on("receivedAt", Sort.Direction.DESC).named("caller_history")))
                .then(indexes.createIndex(new Index("regionPath", Sort.Direction.ASC)
                        .on("receivedAt", Sort.Direction.DESC).named("region_time")))
                .then(indexes.createIndex(new Index("outbox.time", Sort.Direction.ASC).named("outbox_pending")))
                .block(Duration.ofSeconds(30));
        return new CeilingHandler(mongo);
    }

    @Bean
    RouterFunction<ServerResponse> ceilingRoutes(CeilingHandler handler) {
        return route(POST("/ceiling/calls"), handler::insert);
    }
}
