package cn.huiyin.monitoring.signals.application;

import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.infrastructure.HouseholdDocument;
import cn.huiyin.monitoring.households.infrastructure.HouseholdStore;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.monitoring.signals.model.Signal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps every sign of risk, matches it to the household whose head it concerns (by the keyed
 * fingerprint of the ID number) and rescores that household; a sign that matches none is kept and
 * listed for identification (应纳尽纳), never dropped.
 */
public class SignalIntake {

    /** Households rescored side by side when a batch of warnings arrives. */
    static final int CONCURRENCY = 4;

    private final SignalStore signals;
    private final HouseholdStore households;
    private final RiskMonitor monitor;

    public SignalIntake(SignalStore signals, HouseholdStore households, RiskMonitor monitor) {
        this.signals = signals;
        this.households = households;
        this.monitor = monitor;
    }

    /** A registered household and the county it belongs to, which decides who may match a signal to it. */
    public record Located(String householdId, String countyCode) {
    }

    /** The household each fingerprint heads, where one is registered: one read. */
    public Mono<Map<String, Located>> householdsOf(Collection<String> fingerprints) {
        return households.findByFingerprints(fingerprints)
                .collectMap(d -> d.data().head().idFingerprint(), SignalIntake::located);
    }

    /** Which of these households are registered, and where: one read. */
    public Mono<Map<String, Located>> registeredAmong(Collection<String> householdIds) {
        return households.findAll(householdIds).collectMap(HouseholdDocument::id, SignalIntake::located);
    }

    private static Located located(HouseholdDocument d) {
        return new Located(d.id(), d.data().countyCode());
    }

    public Mono<Signal> record(Signal signal) {
        return signals.insert(signal).flatMap(stored -> stored.matched()
                ? monitor.update(stored.householdId(), d -> d.firstSignal(stored.receivedAt()),
                        stored.source().name(), stored.reference()).thenReturn(stored)
                : Mono.just(stored));
    }

    /** Stores a batch in one write, then rescores each household it touches once. */
    public Flux<Signal> recordAll(List<Signal> batch) {
        return signals.insertAll(batch).collectList().flatMapMany(stored -> {
            Map<String, List<Signal>> byHousehold = stored.stream().filter(Signal::matched)
                    .collect(Collectors.groupingBy(Signal::householdId));
            return Flux.fromIterable(byHousehold.entrySet())
                    .flatMap(entry -> {
                        Signal first = entry.getValue().get(0);
                        return monitor.update(entry.getKey(), d -> d.firstSignal(first.receivedAt()),
                                first.source().name(), first.reference());
                    }, CONCURRENCY)
                    .thenMany(Flux.fromIterable(stored));
        });
    }

}
