package cn.huiyin.chassis.sample;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import cn.huiyin.chassis.messaging.IdempotentConsumer;
import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.EventContracts;
import cn.huiyin.regions.RegionRegistry;

import java.util.function.Consumer;

import org.bson.Document;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class SampleConfiguration {

    static final String RECEIVED_COUNTS = "received_counts";

    @Bean
    ReminderHandler reminderHandler(ReactiveMongoTemplate mongo, Outbox outbox, RegionAccess access,
            RegionRegistry regions, RequestBodies bodies) {
        return new ReminderHandler(mongo, outbox, access, regions, bodies);
    }

    @Bean
    RouterFunction<ServerResponse> reminderRoutes(ReminderHandler handler) {
        return route(POST("/api/v1/reminders"), handler::create)
                .andRoute(GET("/api/v1/reminders/{id}"), handler::find);
    }

    @Bean
    AccessRules reminderAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/v1/reminders/**").hasAuthority(Scopes.authority(Scopes.CASES_WRITE))
                .pathMatchers(HttpMethod.GET, "/api/v1/reminders/**").hasAuthority(Scopes.authority(Scopes.CASES_READ));
    }

    /** Counts deliveries with a plain {@code $inc}, so only the chassis stands between a redelivery and a double count. */
    @Bean
    @ConditionalOnProperty(name = "sample.consumer.enabled", matchIfMissing = true)
    Consumer<Message<CaseOverdue>> countReminders(IdempotentConsumer consumer, ReactiveMongoTemplate mongo) {
        return message -> consumer.accept("sample", EventContracts.CASE_OVERDUE, message, event -> mongo
                .findAndModify(Query.query(Criteria.where("_id").is(event.payload().caseId())),
                        new Update().inc("count", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class, RECEIVED_COUNTS));
    }
}
