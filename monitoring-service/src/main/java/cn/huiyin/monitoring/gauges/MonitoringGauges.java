package cn.huiyin.monitoring.gauges;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.infrastructure.HouseholdDocument;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.monitoring.households.model.SignalSource;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Monitoring figures for Grafana, counted by MongoDB at each refresh: households by status, by level and
 * county, and by factor; identification and clearing rates; overdue identifications and visits; unmatched warnings.
 */
public class MonitoringGauges {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final Duration identificationLimit;
    private final MultiGauge byStatus;
    private final MultiGauge byLevel;
    private final MultiGauge byFactor;
    private final AtomicLong overdueIdentifications = new AtomicLong();
    private final AtomicLong overdueVisits = new AtomicLong();
    private final AtomicLong unmatchedWarnings = new AtomicLong();
    private final AtomicLong identificationRate = new AtomicLong();
    private final AtomicLong clearingRate = new AtomicLong();

    public MonitoringGauges(ReactiveMongoTemplate mongo, MeterRegistry meters, Clock clock,
            Duration identificationLimit) {
        this.mongo = mongo;
        this.clock = clock;
        this.identificationLimit = identificationLimit;
        byStatus = MultiGauge.builder("huiyin.households").description("households by status").register(meters);
        byLevel = MultiGauge.builder("huiyin.households.risk.level")
                .description("households by assessed level and county")
                .register(meters);
        byFactor = MultiGauge.builder("huiyin.households.risk.factor")
                .description("households with an active risk factor").register(meters);
        Gauge.builder("huiyin.households.identification.overdue", overdueIdentifications, AtomicLong::get)
                .description("households at MEDIUM/HIGH risk, not monitored, past the identification limit")
                .register(meters);
        Gauge.builder("huiyin.households.visits.overdue", overdueVisits, AtomicLong::get)
                .description("monitored households not visited within a quarter").register(meters);
        Gauge.builder("huiyin.warnings.unmatched", unmatchedWarnings, AtomicLong::get)
                .description("department warnings that match no household").register(meters);
        Gauge.builder("huiyin.households.identification.rate", identificationRate, v -> v.get() / 1000.0)
                .description("monitored among households monitored or waiting for an identification decision").register(meters);
        Gauge.builder("huiyin.households.clearing.rate", clearingRate, v -> v.get() / 1000.0)
                .description("cleared among households ever monitored").register(meters);
    }

    public Mono<Void> refresh() {
        LocalDate today = clock.instant().atZone(RiskMonitor.ZONE).toLocalDate();
        // one scan after another: each reads every household, and the store serves the services' writes meanwhile
        return Flux.concat(
                grouped(HouseholdDocument.path("status"), "status", byStatus, false),
                levelsByCounty(),
                grouped("assessment.factors", "factor", byFactor, true),
                count(where("pending.since").lt(clock.instant().minus(identificationLimit)), overdueIdentifications),
                count(new Criteria().andOperator(where(HouseholdDocument.path("status")).is("MONITORED"),
                        new Criteria().orOperator(where("lastVisit").is(null),
                                where("lastVisit").lt(today.minusMonths(3)))), overdueVisits),
                mongo.count(Query.query(where("householdId").is(null).and("source")
                        .is(SignalSource.DEPARTMENT_WARNING.name())), SignalStore.COLLECTION)
                        .doOnNext(unmatchedWarnings::set).then(),
                rates()).then();
    }

    private Mono<Void> rates() {
        Mono<Long> monitored = households(where(HouseholdDocument.path("status")).is("MONITORED"));
        Mono<Long> waiting = households(where("pending").ne(null));
        Mono<Long> cleared = households(where(HouseholdDocument.path("status")).is("RISK_CLEARED"));
        return Flux.concat(monitored, waiting, cleared).collectList().doOnNext(counts -> {
            long monitoredNow = counts.get(0);
            identificationRate.set(permille(monitoredNow, monitoredNow + counts.get(1)));
            clearingRate.set(permille(counts.get(2), counts.get(2) + monitoredNow));
        }).then();
    }

    private Mono<Long> households(Criteria criteria) {
        return mongo.count(Query.query(criteria), HouseholdDocument.COLLECTION);
    }

    private Mono<Void> count(Criteria criteria, AtomicLong into) {
        return households(criteria).doOnNext(into::set).then();
    }

    private Mono<Void> grouped(String field, String tag, MultiGauge gauge, boolean unwind) {
        List<AggregationOperation> stages = new ArrayList<>();
        if (unwind) {
            stages.add(Aggregation.unwind(field));
        }
        stages.add(Aggregation.group(field).count().as("households"));
        return mongo.aggregate(Aggregation.newAggregation(stages), HouseholdDocument.COLLECTION, Document.class)
                .collectList()
                .doOnNext(rows -> gauge.register(rows.stream().filter(r -> r.get("_id") != null)
                        .<MultiGauge.Row<?>>map(r -> MultiGauge.Row.of(Tags.of(tag, String.valueOf(r.get("_id"))),
                                ((Number) r.get("households")).doubleValue()))
                        .toList(), true))
                .then();
    }

    private Mono<Void> levelsByCounty() {
        // explicit names: the group key of a nested path is not its last segment
        Aggregation byLevelAndCounty = Aggregation.newAggregation(
                Aggregation.match(where("assessment.level").ne(null)),
                Aggregation.group(Fields.from(Fields.field("level", "assessment.level"),
                        Fields.field("county", HouseholdDocument.path("countyCode")))).count().as("households"));
        return mongo.aggregate(byLevelAndCounty, HouseholdDocument.COLLECTION, Document.class).collectList()
                .doOnNext(rows -> byLevel.register(rows.stream().<MultiGauge.Row<?>>map(r -> {
                    Document id = r.get("_id", Document.class);
                    return MultiGauge.Row.of(Tags.of("level", String.valueOf(id.get("level")),
                            "county", String.valueOf(id.get("county"))), ((Number) r.get("households")).doubleValue());
                }).toList(), true))
                .then();
    }

    private static long permille(long part, long whole) {
        return whole == 0 ? 0 : part * 1000 / whole;
    }
}
