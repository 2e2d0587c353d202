package cn.huiyin.monitoring.signals.application;

import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.model.HouseholdChange;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.monitoring.households.model.Signal;

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
    private final Households households;
    private final RiskMonitor monitor;

    public SignalIntake(SignalStore signals, Households households, RiskMonitor monitor) {
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
                .collectMap(h -> h.facts().head().idFingerprint(), SignalIntake::located);
    }

    /** Which of these households are registered, and where: one read. */
    public Mono<Map<String, Located>> registeredAmong(Collection<String> householdIds) {
        return households.findAll(householdIds).collectMap(MonitoredHousehold::id, SignalIntake::located);
    }

    private static Located located(MonitoredHousehold h) {
        return new Located(h.id(), h.facts().countyCode());
    }

    public Mono<Signal> record(Signal signal) {
        return signals.insert(signal).flatMap(stored -> stored.matched()
                ? signalled(stored.householdId(), List.of(stored)).thenReturn(stored)
                : Mono.just(stored));
    }

    /** Stores a batch in one write (what was stored before is not stored again), then rescores each household once. */
    public Flux<Signal> recordAll(List<Signal> batch) {
        return signals.insertAll(batch).collectList().flatMapMany(stored -> {
            Map<String, List<Signal>> byHousehold = stored.stream().filter(Signal::matched)
                    .collect(Collectors.groupingBy(Signal::householdId));
            return Flux.fromIterable(byHousehold.entrySet())
                    .flatMap(entry -> signalled(entry.getKey(), entry.getValue()), CONCURRENCY)
                    .thenMany(Flux.fromIterable(stored));
        });
    }

    /** The household learns of its new signals (which date its risk, and may put it in the queue), then is rescored. */
    private Mono<MonitoredHousehold> signalled(String householdId, List<Signal> fresh) {
        Signal first = fresh.get(0);
        return monitor.act(householdId, known -> {
            HouseholdChange change = new HouseholdChange(known.household(), List.of());
            for (Signal signal : fresh) {
                change = change.then(h -> h.signalled(signal.receivedAt(), signal.source().name(),
                        signal.reference(), signal.factors()));
            }
            return change;
        }, first.source().name(), first.reference());
    }
}
