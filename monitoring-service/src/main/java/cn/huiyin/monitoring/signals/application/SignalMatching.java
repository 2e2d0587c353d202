package cn.huiyin.monitoring.signals.application;

import cn.huiyin.monitoring.signals.model.Signal;

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
 */
public class SignalMatching {

    /** What the matching needs to know of an event. */
    public record Reading<T>(Function<T, String> callerRef, Function<T, String> householdId,
            BiFunction<T, String, Optional<Signal>> signalFor) {
    }

    private final SignalIntake intake;

    public SignalMatching(SignalIntake intake) {
        this.intake = intake;
    }

    public <T> Mono<Void> record(List<T> events, Reading<T> reading) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        Set<String> named = events.stream().map(reading.householdId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> callers = events.stream().map(reading.callerRef()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Mono<Set<String>> registered = named.isEmpty() ? Mono.just(Set.of()) : intake.registeredAmong(named);
        Mono<Map<String, String>> byCaller = callers.isEmpty() ? Mono.just(Map.of()) : intake.householdsOf(callers);
        return Mono.zip(registered, byCaller).flatMap(found -> {
            List<Signal> signals = events.stream()
                    .map(event -> reading.signalFor().apply(event, householdOf(event, reading, found.getT1(),
                            found.getT2())))
                    .flatMap(Optional::stream).toList();
            return signals.isEmpty() ? Mono.empty() : intake.recordAll(signals).then();
        });
    }

    private static <T> String householdOf(T event, Reading<T> reading, Set<String> registered,
            Map<String, String> byCaller) {
        String named = reading.householdId().apply(event);
        if (named != null && registered.contains(named)) {
            return named;
        }
        String caller = reading.callerRef().apply(event);
        return caller == null ? null : byCaller.get(caller);
    }
}
