package cn.huiyin.monitoring.households;

import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.clearing.ClearingRules;
import cn.huiyin.monitoring.clearing.application.EliminateRisk;
import cn.huiyin.monitoring.identification.application.IdentificationQueue;
import cn.huiyin.monitoring.identification.web.IdentificationApiDocs;
import cn.huiyin.monitoring.identification.web.IdentificationHandler;
import cn.huiyin.monitoring.visits.application.HelperVisits;
import cn.huiyin.monitoring.visits.infrastructure.VisitStore;
import cn.huiyin.monitoring.clearing.web.ClearingApiDocs;
import cn.huiyin.monitoring.clearing.web.ClearingHandler;
import cn.huiyin.monitoring.households.application.HouseholdRegister;
import cn.huiyin.monitoring.households.application.MonitoringGauges;
import cn.huiyin.monitoring.households.application.Rescoring;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.infrastructure.HouseholdStore;
import cn.huiyin.monitoring.households.infrastructure.RescoringRuns;
import cn.huiyin.monitoring.households.web.HouseholdApiDocs;
import cn.huiyin.monitoring.households.web.HouseholdHandler;
import cn.huiyin.monitoring.households.web.HouseholdValidator;
import cn.huiyin.monitoring.households.web.RescoreHandler;
import cn.huiyin.monitoring.plans.web.PlanApiDocs;
import cn.huiyin.monitoring.plans.web.PlanHandler;
import cn.huiyin.monitoring.quality.DataQualityChecks;
import cn.huiyin.monitoring.quality.application.QualityReview;
import cn.huiyin.monitoring.quality.web.DataQualityApiDocs;
import cn.huiyin.monitoring.quality.web.DataQualityHandler;
import cn.huiyin.monitoring.risk.RiskAssessor;
import cn.huiyin.monitoring.signals.application.SignalIntake;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.monitoring.signals.web.SignalApiDocs;
import cn.huiyin.monitoring.signals.web.SignalHandler;
import cn.huiyin.monitoring.visits.web.VisitApiDocs;
import cn.huiyin.monitoring.visits.web.VisitHandler;
import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

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

import reactor.core.publisher.Mono;

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
    SignalStore signalStore(ReactiveMongoTemplate mongo) {
        SignalStore store = new SignalStore(mongo);
        store.ensureIndexes().subscribe(null, failure -> LoggerFactory.getLogger(SignalStore.class)
                .warn("could not create the signal indexes: {}", failure.toString()));
        return store;
    }

    @Bean
    RiskMonitor riskMonitor(HouseholdStore households, SignalStore signals, RiskAssessor assessor, Clock clock) {
        return new RiskMonitor(households, signals, assessor, clock);
    }

    @Bean
    SignalIntake signalIntake(SignalStore signals, HouseholdStore households, RiskMonitor monitor) {
        return new SignalIntake(signals, households, monitor);
    }

    @Bean
    HouseholdRegister householdRegister(HouseholdStore households, SignalStore signals, RiskMonitor monitor,
            Fingerprints fingerprints, ContactCipher cipher, RegionRegistry regions) {
        return new HouseholdRegister(households, signals, monitor, fingerprints, cipher, regions);
    }

    @Bean
    VisitStore visitStore(ReactiveMongoTemplate mongo) {
        return new VisitStore(mongo);
    }

    @Bean
    HelperVisits helperVisits(HouseholdStore households, VisitStore visits, RiskMonitor monitor, RegionAccess access) {
        return new HelperVisits(households, visits, monitor, access);
    }

    @Bean
    EliminateRisk eliminateRisk(RiskMonitor monitor, ClearingRules rules, RegionAccess access) {
        return new EliminateRisk(monitor, rules, access);
    }

    @Bean
    IdentificationQueue identificationQueue(HouseholdStore households, SignalStore signals, RiskMonitor monitor,
            RegionAccess access, @Value("${huiyin.monitoring.identification-limit:15d}") Duration identificationLimit) {
        return new IdentificationQueue(households, signals, monitor, access, identificationLimit);
    }

    @Bean
    Rescoring rescoring(HouseholdStore households, SignalStore signals, ReactiveMongoTemplate mongo,
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
    RouterFunction<ServerResponse> monitoringRoutes(Rescoring rescoring, HouseholdStore households, SignalStore signals,
            HouseholdRegister register, RiskMonitor monitor, SignalIntake intake, Fingerprints fingerprints,
            DataQualityChecks quality, HelperVisits helperVisits, EliminateRisk elimination,
            IdentificationQueue identification, RegionAccess access, RegionRegistry regions, RequestBodies bodies,
            Clock clock) {
        HouseholdHandler household = new HouseholdHandler(households, register,
                new HouseholdValidator(regions, access), monitor, access, regions, bodies);
        PlanHandler plans = new PlanHandler(monitor, access, bodies, clock);
        VisitHandler visits = new VisitHandler(helperVisits, monitor, access, regions, bodies);
        ClearingHandler clearingHandler = new ClearingHandler(elimination, access, bodies);
        SignalHandler signalHandler = new SignalHandler(intake, fingerprints, regions, access, bodies, clock);
        IdentificationHandler queue = new IdentificationHandler(identification, access, regions, bodies);
        DataQualityHandler qualityHandler = new DataQualityHandler(new QualityReview(households, signals, monitor,
                quality), access, regions);
        return SpringdocRouteBuilder.route()
                .GET("/api/v1/households/{householdId}/risk", household::risk, HouseholdApiDocs.risk())
                .GET("/api/v1/households/{householdId}", household::find, HouseholdApiDocs.find())
                .PUT("/api/v1/households/{householdId}", household::put, HouseholdApiDocs.put())
                .GET("/api/v1/households", household::list, HouseholdApiDocs.list())
                .POST("/api/v1/households/{householdId}/incomes", household::income, HouseholdApiDocs.income())
                .POST("/api/v1/households/{householdId}/assistance-plan", plans::plan, PlanApiDocs.plan())
                .POST("/api/v1/households/{householdId}/visits", visits::record, VisitApiDocs.record())
                .POST("/api/v1/households/{householdId}/identification", queue::decide, IdentificationApiDocs.decide())
                .POST("/api/v1/households/{householdId}/risk-elimination", clearingHandler::eliminate,
                        ClearingApiDocs.eliminate())
                .POST("/api/v1/self-reports", signalHandler::selfReport, SignalApiDocs.selfReport())
                .POST("/api/v1/warnings", signalHandler::warnings, SignalApiDocs.warnings())
                .GET("/api/v1/warnings/unmatched", queue::unmatchedWarnings, IdentificationApiDocs.unmatchedWarnings())
                .GET("/api/v1/identification-queue", queue::queue, IdentificationApiDocs.queue())
                .GET("/api/v1/visits/overdue", visits::overdue, VisitApiDocs.overdue())
                .GET("/api/v1/data-quality", qualityHandler::issues, DataQualityApiDocs.issues())
                // after the rules or a monitoring line changed: every household scored again (admin scope below)
                .POST("/api/v1/risk/rescore", new RescoreHandler(rescoring, access)::rescore,
                        HouseholdApiDocs.rescore())
                .build();
    }

    /**
     * The gauges count by scanning the households; while a rescoring run walks them all, they wait for the next
     * refresh after it (their scans would compete with the run for the collection, and recount a moving figure).
     * The scans grow with the register, so they take at most a tenth of the time: a refresh of 20 s (1,000,000
     * households on the embedded server) waits 200 s for the next.
     */
    @Bean
    PeriodicTask monitoringGauges(ReactiveMongoTemplate mongo, MeterRegistry meters, Clock clock, Rescoring rescoring,
            @Value("${huiyin.monitoring.identification-limit:15d}") Duration identificationLimit,
            @Value("${huiyin.monitoring.gauge-interval:30s}") Duration interval) {
        MonitoringGauges gauges = new MonitoringGauges(mongo, meters, clock, identificationLimit);
        return new PeriodicTask("monitoring gauges", interval, gauges::refresh,
                () -> rescoring.running() ? Mono.empty() : gauges.refresh()).atMost(0.1);
    }

    @Bean
    AccessRules householdAccess() {
        return exchanges -> exchanges
                .pathMatchers("/api/v1/risk/rescore").hasAuthority(Scopes.authority(Scopes.HOUSEHOLDS_WRITE))
                .pathMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(Scopes.authority(Scopes.HOUSEHOLDS_READ))
                .pathMatchers("/api/v1/**").hasAuthority(Scopes.authority(Scopes.HOUSEHOLDS_WRITE));
    }

}
