package cn.huiyin.cases.cases;

import cn.huiyin.cases.cases.application.CaseActions;
import cn.huiyin.cases.cases.application.CaseMetrics;
import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.cases.application.CasePolicies;
import cn.huiyin.cases.cases.application.DeadlineWatch;
import cn.huiyin.cases.cases.infrastructure.CaseNumbers;
import cn.huiyin.cases.cases.infrastructure.CaseStore;
import cn.huiyin.cases.cases.web.CaseActionHandler;
import cn.huiyin.cases.cases.web.CaseQueryHandler;
import cn.huiyin.cases.cases.web.CaseRouter;
import cn.huiyin.cases.cases.web.CaseViews;
import cn.huiyin.cases.deadlines.DeadlinePolicy;
import cn.huiyin.cases.routing.CategoryRouting;
import cn.huiyin.cases.routing.TransferRules;
import cn.huiyin.cases.supervision.CaseBacklog;
import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.chassis.messaging.IdempotentConsumer;
import cn.huiyin.chassis.messaging.ReceivedEvent;
import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.events.EventContracts;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;


@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CasePolicies.Properties.class)
class CasesConfiguration {

    @Bean
    CaseStore caseStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        CaseStore store = new CaseStore(mongo, outbox);
        store.ensureIndexes().subscribe(null, failure -> LoggerFactory.getLogger(CaseStore.class)
                .warn("could not create the case indexes: {}", failure.toString()));
        return store;
    }

    @Bean
    CaseMetrics caseMetrics(MeterRegistry meters) {
        return new CaseMetrics(meters);
    }

    @Bean
    CasePolicies casePolicies(CasePolicies.Properties properties, RegionRegistry regions, DeadlinePolicy deadlines) {
        return new CasePolicies(properties, regions, deadlines);
    }

    @Bean
    CaseOpening caseOpening(CaseStore cases, ReactiveMongoTemplate mongo, CategoryRouting routing,
            DeadlinePolicy deadlines, CaseMetrics metrics, Clock clock) {
        return new CaseOpening(cases, new CaseNumbers(mongo), routing, deadlines, metrics, clock);
    }

    @Bean
    CaseActions caseActions(CaseStore cases, RegionAccess access, CaseMetrics metrics) {
        return new CaseActions(cases, access, metrics);
    }

    /**
     * {@code case-received} → a case for every transferred call; applied once per event, a poll's records at a
     * time (batch mode), so a burst of calls costs a few bulk writes instead of five commands each.
     */
    @Bean
    Consumer<Message<List<byte[]>>> openCases(IdempotentConsumer consumer, CaseOpening opening) {
        return batch -> consumer.acceptBatch("open-cases", EventContracts.CASE_RECEIVED, batch,
                events -> opening.openAll(events.stream().map(ReceivedEvent::payload).toList()));
    }

    @Bean
    DeadlineWatch deadlineWatch(CaseStore cases, Clock clock) {
        return new DeadlineWatch(cases, clock);
    }

    @Bean
    PeriodicTask caseWatches(DeadlineWatch watch, ReactiveMongoTemplate mongo, MeterRegistry meters,
            @Value("${huiyin.cases.watch-interval:30s}") Duration interval) {
        CaseBacklog backlog = new CaseBacklog(mongo, meters);
        return new PeriodicTask("deadline watch", interval, () -> watch.run().then(backlog.refresh()));
    }

    @Bean
    RouterFunction<ServerResponse> caseRoutes(CaseStore cases, CaseActions actions, CasePolicies policies,
            RegionAccess access, RegionRegistry regions, RequestBodies bodies, Clock clock) {
        CaseViews views = new CaseViews(regions);
        return CaseRouter.routes(new CaseQueryHandler(cases, actions, access, regions, views, clock),
                CaseActionHandler.create(actions, policies, new TransferRules(regions), access, views, bodies,
                        clock));
    }

    @Bean
    AccessRules caseAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/*/callbacks")
                .hasAuthority(Scopes.authority(Scopes.CALLBACKS_WRITE))
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/**")
                .hasAuthority(Scopes.authority(Scopes.CASES_WRITE))
                .pathMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/**", "/api/v1/callbacks/**")
                .hasAuthority(Scopes.authority(Scopes.CASES_READ));
    }
}
