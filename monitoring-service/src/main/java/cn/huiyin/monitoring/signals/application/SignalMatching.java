package cn.huiyin.monitoring.signals.application;

import cn.huiyin.monitoring.signals.application.SignalIntake.Located;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.regions.RegionRegistry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

/**
 * Turns a batch of hotline events into signals with two reads whatever the batch's size: the households named
 * by id (a verification's), and the households whose head is one of the callers. An event's household is the
 * one it names if registered, else the caller's; the signals are then recorded together ({@link SignalIntake#recordAll}).
 * Either must belong to the event's county: a county's case cannot raise a household of another county, by naming
 * its id or by a caller whose ID number heads it there (the signal is kept unmatched for identification instead).
 */
public class SignalMatching {

    /** What the matching needs to know of an event. */
    public record Reading<T>(Function<T, String> county, Function<T, String> callerRef,
            Function<T, String> householdId, BiFunction<T, String, Optional<Signal>> signalFor) {
    }

    private final SignalIntake intake;
    private final RegionRegistry regions;

    public SignalMatching(SignalIntake intake, RegionRegistry regions) {
        this.intake = intake;
        this.regions = regions;
    }

    public <T> Mono<Void> record(List<T> events, Reading<T> reading) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        Set<String> named = events.stream().map(reading.householdId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> callers = events.stream().map(reading.callerRef()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Mono<Map<String, Located>> registered = named.isEmpty() ? Mono.just(Map.of())
                : intake.registeredAmong(named);
        Mono<Map<String, Located>> byCaller = callers.isEmpty() ? Mono.just(Map.of()) : intake.householdsOf(callers);
        return Mono.zip(registered, byCaller).flatMap(found -> {
            List<Signal> signals = events.stream()
                    .map(event -> reading.signalFor().apply(event, householdOf(event, reading, found.getT1(),
                            found.getT2())))
                    .flatMap(Optional::stream).toList();
            return signals.isEmpty() ? Mono.empty() : intake.recordAll(signals).then();
        });
    }

    private <T> String householdOf(T event, Reading<T> reading, Map<String, Located> registered,
            Map<String, Located> byCaller) {
        String county = reading.county().apply(event);
        String named = reading.householdId().apply(event);
        Located household = named == null ? null : registered.get(named);
        if (household == null || !within(county, household)) {
            String caller = reading.callerRef().apply(event);
            household = caller == null ? null : byCaller.get(caller);
        }
        return household != null && within(county, household) ? household.householdId() : null;
    }

    private boolean within(String county, Located household) {
        return county != null && household.countyCode() != null && regions.find(county).isPresent()
                && regions.covers(county, household.countyCode());
    }
}
