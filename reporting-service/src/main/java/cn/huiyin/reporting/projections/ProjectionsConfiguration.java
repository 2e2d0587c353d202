package cn.huiyin.reporting.projections;

import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContract;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.application.ProjectionMetrics;
import cn.huiyin.reporting.projections.application.Projector;
import cn.huiyin.reporting.projections.infrastructure.BucketStore;
import cn.huiyin.reporting.projections.infrastructure.FactStore;
import cn.huiyin.reporting.projections.infrastructure.MonthRollups;

import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The report's read model, fed by every topic: one consumer per topic, one projector behind them. */
@Configuration(proxyBeanMethods = false)
class ProjectionsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProjectionsConfiguration.class);

    private final MeterRegistry meters;
    private final Duration timeout;
    private final JsonMapper json;

    ProjectionsConfiguration(MeterRegistry meters, @Value("${huiyin.messaging.handler-timeout:30s}") Duration timeout,
            JsonMapper json) {
        this.meters = meters;
        this.timeout = timeout;
        this.json = json;
    }

    @Bean
    FactStore factStore(ReactiveMongoTemplate mongo) {
        FactStore facts = new FactStore(mongo);
        // not awaited: the service starts while MongoDB may still come up; creating an index twice is harmless
        facts.ensureIndexes().subscribe(null, failure -> log.warn("could not create the facts' index: {}", failure.toString()));
        return facts;
    }

    @Bean
    MonthRollups monthRollups(ReactiveMongoTemplate mongo) {
        return new MonthRollups(mongo, meters);
    }

    /** Sums the months the consumers marked, once per interval; the first round reconciles after a restart. */
    @Bean
    PeriodicTask monthRollup(MonthRollups rollups,
            @Value("${huiyin.reporting.rollup-interval:200ms}") Duration interval) {
        return new PeriodicTask("month rollup", interval, rollups::flush);
    }

    @Bean
    BucketStore bucketStore(ReactiveMongoTemplate mongo, RegionRegistry regions, MonthRollups rollups) {
        BucketStore buckets = new BucketStore(mongo, regions, rollups);
        buckets.ensureIndexes().subscribe(null, failure -> log.warn("could not create the buckets' index: {}",
                failure.toString()));
        return buckets;
    }

    @Bean
    Projector projector(FactStore facts, BucketStore buckets,
            @Value("${huiyin.reporting.identification-limit:15d}") Duration identificationLimit) {
        return new Projector(facts, buckets, identificationLimit, new ProjectionMetrics(meters));
    }

    @Bean
    Consumer<Message<CaseReceived>> projectCalls(Projector projector) {
        return projection("report-calls", EventContracts.CASE_RECEIVED,
                (attributes, event) -> projector.onCall(event.callId(), fact -> fact.with(event)));
    }

    @Bean
    Consumer<Message<CaseAssigned>> projectAssignments(Projector projector) {
        return projection("report-assignments", EventContracts.CASE_ASSIGNED,
                (attributes, event) -> projector.onCall(event.callId(), fact -> fact.with(event)));
    }

    @Bean
    Consumer<Message<CaseVerified>> projectVerifications(Projector projector) {
        return projection("report-verifications", EventContracts.CASE_VERIFIED,
                (attributes, event) -> projector.onCall(event.callId(), fact -> fact.with(event)));
    }

    @Bean
    Consumer<Message<CallbackCompleted>> projectCallbacks(Projector projector) {
        return projection("report-callbacks", EventContracts.CALLBACK_COMPLETED,
                (attributes, event) -> projector.onCall(event.callId(), fact -> fact.with(event)));
    }

    @Bean
    Consumer<Message<CaseOverdue>> projectOverdues(Projector projector) {
        return projection("report-overdues", EventContracts.CASE_OVERDUE, (attributes, event) -> {
            if (event.callId() == null) {
                // an older producer's event: without the call it cannot be joined to its fact
                log.warn("case-overdue {} of case {} has no callId; not counted as a missing report",
                        attributes.id(), event.caseId());
                return Mono.empty();
            }
            return projector.onCall(event.callId(), fact -> fact.with(event));
        });
    }

    @Bean
    Consumer<Message<HouseholdRiskChanged>> projectHouseholdRisks(Projector projector) {
        return projection("report-households", EventContracts.HOUSEHOLD_RISK_CHANGED,
                (attributes, event) -> projector.onHouseholdRisk(attributes.id(), event));
    }

    private <T extends Record> Projection<T> projection(String name, EventContract<T> contract,
            BiFunction<CloudEventAttributes, T, Mono<Void>> apply) {
        return new Projection<>(name, contract, apply, meters, timeout, json);
    }
}
