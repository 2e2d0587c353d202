package cn.huiyin.monitoring.signals;

import cn.huiyin.chassis.messaging.IdempotentConsumer;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.EventContracts;
import cn.huiyin.monitoring.signals.application.HardshipSignals;
import cn.huiyin.monitoring.signals.application.SignalIntake;
import cn.huiyin.monitoring.signals.model.Signal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import reactor.core.publisher.Mono;

/** The hotline's three topics, read for signs of hardship in registered households. */
@Configuration(proxyBeanMethods = false)
class SignalsConfiguration {

    @Bean
    HardshipSignals hardshipSignals(Clock clock) {
        return new HardshipSignals(clock);
    }

    @Bean
    Consumer<Message<CaseReceived>> callSignals(IdempotentConsumer consumer, SignalIntake intake,
            HardshipSignals hardship) {
        return message -> consumer.accept("call-signals", EventContracts.CASE_RECEIVED, message, event -> {
            CaseReceived call = event.payload();
            if (HardshipSignals.factorsOf(call.categories()).isEmpty()) {
                return Mono.empty();
            }
            return matched(intake, call.callerRef(), null, household -> hardship.ofCall(call, household));
        });
    }

    @Bean
    Consumer<Message<CaseVerified>> verificationSignals(IdempotentConsumer consumer, SignalIntake intake,
            HardshipSignals hardship) {
        return message -> consumer.accept("verification-signals", EventContracts.CASE_VERIFIED, message, event -> {
            CaseVerified report = event.payload();
            return matched(intake, report.callerRef(), report.householdId(),
                    household -> hardship.ofVerification(report, household));
        });
    }

    @Bean
    Consumer<Message<CallbackCompleted>> callbackSignals(IdempotentConsumer consumer, SignalIntake intake,
            HardshipSignals hardship) {
        return message -> consumer.accept("callback-signals", EventContracts.CALLBACK_COMPLETED, message, event -> {
            CallbackCompleted callback = event.payload();
            return matched(intake, callback.callerRef(), null, household -> hardship.ofCallback(callback, household));
        });
    }

    /** Finds the household (given, or whose head the caller is) and records the signal the event makes. */
    private static Mono<?> matched(SignalIntake intake, String callerRef, String householdId,
            Function<String, Optional<Signal>> signalFor) {
        Mono<String> byCaller = intake.householdsOf(List.of(callerRef)).mapNotNull(found -> found.get(callerRef));
        Mono<String> household = householdId == null ? byCaller
                : intake.registered(householdId).switchIfEmpty(byCaller);
        return household.map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> signalFor.apply(found.orElse(null)).map(intake::record).orElse(Mono.empty()));
    }
}
