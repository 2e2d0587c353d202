package cn.huiyin.cases.cases;

import cn.huiyin.cases.cases.application.AcceptCase;
import cn.huiyin.cases.cases.application.CaseChanges;
import cn.huiyin.cases.cases.application.CaseMetrics;
import cn.huiyin.cases.cases.application.CaseNumbers;
import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.cases.application.CasePolicies;
import cn.huiyin.cases.cases.application.CaseQueries;
import cn.huiyin.cases.cases.application.CaseViews;
import cn.huiyin.cases.cases.application.Cases;
import cn.huiyin.cases.cases.application.RecordVerification;
import cn.huiyin.cases.cases.infrastructure.CaseNumberStore;
import cn.huiyin.cases.cases.infrastructure.CaseStore;
import cn.huiyin.cases.cases.messaging.CaseReceivedConsumer;
import cn.huiyin.cases.cases.web.CaseActionExchange;
import cn.huiyin.cases.cases.web.CaseActionHandler;
import cn.huiyin.cases.cases.web.CaseQueryHandler;
import cn.huiyin.cases.cases.web.CaseRouter;
import cn.huiyin.cases.deadlines.model.DeadlinePolicy;
import cn.huiyin.cases.routing.model.CategoryRouting;
import cn.huiyin.chassis.messaging.IdempotentConsumer;
import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The case itself: its store, its opening from {@code case-received}, the reads, the county's acceptance and report,
 * and what every feature's action on a case shares (the changes, the views, the HTTP exchange).
 */
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
    CaseNumberStore caseNumbers(ReactiveMongoTemplate mongo) {
        return new CaseNumberStore(mongo);
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
    CaseViews caseViews(RegionRegistry regions) {
        return new CaseViews(regions);
    }

    @Bean
    CaseQueries caseQueries(Cases cases, RegionAccess access, RegionRegistry regions, CaseViews views) {
        return new CaseQueries(cases, access, regions, views);
    }

    @Bean
    CaseChanges caseChanges(Cases cases, CaseQueries queries, CaseMetrics metrics) {
        return new CaseChanges(cases, queries, metrics);
    }

    @Bean
    CaseOpening caseOpening(Cases cases, CaseNumbers numbers, CategoryRouting routing, DeadlinePolicy deadlines,
            CaseMetrics metrics, Clock clock) {
        return new CaseOpening(cases, numbers, routing, deadlines, metrics, clock);
    }

    @Bean
    AcceptCase acceptCase(CaseChanges changes) {
        return new AcceptCase(changes);
    }

    @Bean
    RecordVerification recordVerification(CaseChanges changes, CasePolicies policies) {
        return new RecordVerification(changes, policies);
    }

    /** Bound to {@code case-received} by its name ({@code openCases-in-0} in application.yml). */
    @Bean
    Consumer<Message<List<byte[]>>> openCases(IdempotentConsumer consumer, CaseOpening opening) {
        return new CaseReceivedConsumer(consumer, opening);
    }

    @Bean
    CaseActionExchange caseActionExchange(RegionAccess access, RequestBodies bodies, CaseViews views) {
        return new CaseActionExchange(access, bodies, views);
    }

    @Bean
    RouterFunction<ServerResponse> caseRoutes(CaseQueries queries, AcceptCase acceptance,
            RecordVerification verification, RegionAccess access, CaseViews views, CaseActionExchange exchange,
            Clock clock) {
        return CaseRouter.routes(new CaseQueryHandler(queries, access, views),
                new CaseActionHandler(acceptance, verification, exchange, clock));
    }

    @Bean
    AccessRules caseAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/**")
                .hasAuthority(Scopes.authority(Scopes.CASES_WRITE))
                .pathMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/**")
                .hasAuthority(Scopes.authority(Scopes.CASES_READ));
    }
}
