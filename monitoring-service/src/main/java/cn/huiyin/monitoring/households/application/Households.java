package cn.huiyin.monitoring.households.application;

import cn.huiyin.events.HouseholdMonitoringChanged;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;

import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The register of households, as the use cases need it (a port; MongoDB's {@code HouseholdStore} implements it).
 * Writes are conditional on the version read and carry the events of the change, which reach Kafka through the
 * outbox even if Kafka is down when they are written.
 */
public interface Households {

    /** How a list is ordered. */
    enum Order { ID, SCORE_DESCENDING, WAITING_LONGEST }

    Mono<MonitoredHousehold> findById(String id);

    Flux<MonitoredHousehold> findAll(Collection<String> ids);

    Flux<MonitoredHousehold> findByFingerprints(Collection<String> fingerprints);

    Flux<MonitoredHousehold> find(HouseholdFilter filter, Order order, long skip, int limit);

    Mono<Long> count(HouseholdFilter filter);

    /** The household ids after {@code lastId} (all if null), in id order. */
    Flux<String> idsAfter(String lastId);

    /** The first write of a household; DuplicateKeyException when another writer created it first. */
    Mono<MonitoredHousehold> insert(MonitoredHousehold household, List<HouseholdMonitoringChanged> events);

    /**
     * Writes {@code next} if nobody wrote the household since {@code read}; OptimisticLockingFailureException
     * otherwise. Returns the household at its new version.
     */
    Mono<MonitoredHousehold> save(MonitoredHousehold read, MonitoredHousehold next,
            List<HouseholdMonitoringChanged> events);

    /** A household's new assessment (and place in the queue), written if it is still at the version read. */
    record Reassessment(MonitoredHousehold read, MonitoredHousehold next, List<HouseholdMonitoringChanged> events) {
    }

    /** Many reassessments in one bulk write; returns how many were written (the others changed meanwhile). */
    Mono<Long> saveAll(List<Reassessment> reassessments);
}
