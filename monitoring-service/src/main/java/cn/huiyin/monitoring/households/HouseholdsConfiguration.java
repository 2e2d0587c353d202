package cn.huiyin.monitoring.households;

import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.households.application.HouseholdRegister;
import cn.huiyin.monitoring.households.application.KnownSignals;
import cn.huiyin.monitoring.households.application.Rescoring;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.infrastructure.HouseholdStore;
import cn.huiyin.monitoring.households.infrastructure.RescoringRuns;
import cn.huiyin.monitoring.households.risk.RiskAssessor;
import cn.huiyin.monitoring.households.web.HouseholdApiDocs;
import cn.huiyin.monitoring.households.web.HouseholdHandler;
import cn.huiyin.monitoring.households.web.HouseholdValidator;
import cn.huiyin.monitoring.households.web.RescoreHandler;
import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;

import org.slf4j.LoggerFactory;
import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The register of households: its store, the acts' runner, registration, rescoring and their routes. */
@Configuration(proxyBeanMethods = false)
class HouseholdsConfiguration {

    @Bean
    HouseholdStore householdStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        HouseholdStore store = new HouseholdStore(mongo, outbox);
        store.ensureIndexes().subscribe(null, failure -> LoggerFactory.getLogger(HouseholdStore.class)
                .warn("could not create the household indexes: {}", failure.toString()));
        return store;
    }

    @Bean
    RiskMonitor riskMonitor(HouseholdStore households, KnownSignals signals, RiskAssessor assessor, Clock clock) {
        return new RiskMonitor(households, signals, assessor, clock);
    }

    @Bean
    HouseholdRegister householdRegister(HouseholdStore households, KnownSignals signals, RiskMonitor monitor,
            Fingerprints fingerprints, ContactCipher cipher, RegionRegistry regions) {
        return new HouseholdRegister(households, signals, monitor, fingerprints, cipher, regions);
    }

    @Bean
    Rescoring rescoring(HouseholdStore households, KnownSignals signals, ReactiveMongoTemplate mongo,
            RiskAssessor assessor, Clock clock, @Value("${huiyin.monitoring.rescore-page-size:1000}") int pageSize) {
        return new Rescoring(households, signals, new RescoringRuns(mongo), assessor, clock, pageSize);
    }

    /** A rescoring run that a crash or a restart stopped continues once the service is up, after its last page. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> resumeRescoring(Rescoring rescoring) {
        return ready -> rescoring.resumeUnfinished().subscribe(
                result -> LoggerFactory.getLogger(Rescoring.class).info("resumed rescoring run finished: {}", result),
                failure -> LoggerFactory.getLogger(Rescoring.class).warn("could not resume rescoring: {}",
                        failure.toString()));
    }

    @Bean
    RouterFunction<ServerResponse> householdRoutes(Rescoring rescoring, HouseholdStore households,
            HouseholdRegister register, RiskMonitor monitor, RegionAccess access, RegionRegistry regions,
            RequestBodies bodies) {
        HouseholdHandler household = new HouseholdHandler(households, register,
                new HouseholdValidator(regions, access), monitor, access, regions, bodies);
        return SpringdocRouteBuilder.route()
                .GET("/api/v1/households/{householdId}/risk", household::risk, HouseholdApiDocs.risk())
                .GET("/api/v1/households/{householdId}", household::find, HouseholdApiDocs.find())
                .PUT("/api/v1/households/{householdId}", household::put, HouseholdApiDocs.put())
                .GET("/api/v1/households", household::list, HouseholdApiDocs.list())
                .POST("/api/v1/households/{householdId}/incomes", household::income, HouseholdApiDocs.income())
                // after the rules or a monitoring line changed: every household scored again (admin scope below)
                .POST("/api/v1/risk/rescore", new RescoreHandler(rescoring, access)::rescore,
                        HouseholdApiDocs.rescore())
                .build();
    }

    @Bean
    AccessRules householdAccess() {
        return exchanges -> exchanges
                .pathMatchers("/api/v1/risk/rescore").hasAuthority(Scopes.authority(Scopes.HOUSEHOLDS_WRITE))
                .pathMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(Scopes.authority(Scopes.HOUSEHOLDS_READ))
                .pathMatchers("/api/v1/**").hasAuthority(Scopes.authority(Scopes.HOUSEHOLDS_WRITE));
    }

}
