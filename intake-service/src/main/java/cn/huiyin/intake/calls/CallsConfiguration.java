package cn.huiyin.intake.calls;

import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ProblemExceptionHandler;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.intake.calls.application.CallCompletion;
import cn.huiyin.intake.calls.application.CallIntake;
import cn.huiyin.intake.calls.application.CallerContacts;
import cn.huiyin.intake.calls.application.Calls;
import cn.huiyin.intake.calls.application.TrackingLedgers;
import cn.huiyin.intake.calls.application.TrackingSequence;
import cn.huiyin.intake.calls.application.TrackingVoids;
import cn.huiyin.intake.calls.application.VisibleCalls;
import cn.huiyin.intake.calls.infrastructure.CallStore;
import cn.huiyin.intake.calls.infrastructure.TrackingSequenceStore;
import cn.huiyin.intake.calls.infrastructure.TrackingVoidStore;
import cn.huiyin.intake.calls.web.BatchHandler;
import cn.huiyin.intake.calls.web.CallHandler;
import cn.huiyin.intake.calls.web.CallListHandler;
import cn.huiyin.intake.calls.web.CallRequestValidator;
import cn.huiyin.intake.calls.web.CallRouter;
import cn.huiyin.intake.calls.web.ContactHandler;
import cn.huiyin.intake.calls.web.ImportHandler;
import cn.huiyin.intake.calls.web.JsonBodies;
import cn.huiyin.intake.calls.web.RejectionMetrics;
import cn.huiyin.intake.calls.web.TrackingLedgerHandler;
import cn.huiyin.intake.classification.model.CallClassifier;
import cn.huiyin.intake.repeats.application.RepeatCallers;
import cn.huiyin.intake.vault.application.ContactAudit;
import cn.huiyin.intake.vault.model.ContactVault;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class CallsConfiguration {

    @Bean
    CallStore callStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        CallStore store = new CallStore(mongo, outbox);
        store.ensureIndexes().subscribe(null, failure -> LoggerFactory.getLogger(CallStore.class)
                .warn("could not create the call indexes: {}", failure.toString()));
        return store;
    }

    @Bean
    TrackingSequenceStore trackingSequence(ReactiveMongoTemplate mongo) {
        return new TrackingSequenceStore(mongo);
    }

    @Bean
    TrackingVoidStore trackingVoids(ReactiveMongoTemplate mongo, Clock clock) {
        return new TrackingVoidStore(mongo, clock);
    }

    @Bean
    CallIntake callIntake(Calls calls, CallClassifier classifier, ContactVault vault, RepeatCallers repeats,
            TrackingSequence sequence, TrackingVoids voids, RegionRegistry regions, MeterRegistry meters,
            Clock clock) {
        CallCompletion completion = new CallCompletion(classifier, vault, repeats, sequence, voids, regions, meters,
                clock);
        return new CallIntake(calls, completion, clock);
    }

    @Bean
    VisibleCalls visibleCalls(Calls calls, RegionAccess access, RegionRegistry regions) {
        return new VisibleCalls(calls, access, regions);
    }

    @Bean
    CallHandler callHandler(JsonMapper json, RequestBodies bodies, RegionRegistry regions, RegionAccess access,
            CallIntake intake, VisibleCalls calls, ProblemExceptionHandler problems, MeterRegistry meters,
            Clock clock) {
        return new CallHandler(new JsonBodies(json, bodies), new CallRequestValidator(regions, access, clock), intake,
                calls, access, problems, new RejectionMetrics(meters));
    }

    @Bean
    RouterFunction<ServerResponse> callRoutes(CallHandler calls, JsonMapper json, RequestBodies bodies,
            RegionAccess access, ProblemExceptionHandler problems, MeterRegistry meters, VisibleCalls visible,
            Calls store, RegionRegistry regions, ContactVault vault, ContactAudit audit, TrackingSequence sequence,
            TrackingVoids voids) {
        return CallRouter.routes(calls,
                new BatchHandler(new JsonBodies(json, bodies), calls, access, problems, new RejectionMetrics(meters)),
                new CallListHandler(visible, access, regions),
                new ContactHandler(new CallerContacts(visible, vault, audit), access),
                new ImportHandler(calls, access, problems),
                new TrackingLedgerHandler(new TrackingLedgers(store, sequence, voids), access, regions));
    }

    @Bean
    AccessRules callAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/v1/calls", "/api/v1/calls/**")
                .hasAuthority(Scopes.authority(Scopes.CALLS_WRITE))
                .pathMatchers(HttpMethod.GET, "/api/v1/calls/*/contact")
                .hasAuthority(Scopes.authority(Scopes.CONTACT_READ))
                .pathMatchers(HttpMethod.GET, "/api/v1/calls", "/api/v1/calls/**", "/api/v1/tracking-ledger/**")
                .hasAnyAuthority(Scopes.authority(Scopes.CALLS_WRITE), Scopes.authority(Scopes.CASES_READ));
    }
}
