package cn.huiyin.monitoring.signals.messaging;

import cn.huiyin.chassis.messaging.IdempotentConsumer;
import cn.huiyin.chassis.messaging.ReceivedEvent;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.EventContracts;
import cn.huiyin.monitoring.signals.application.HardshipSignals;
import cn.huiyin.monitoring.signals.application.SignalMatching;

import java.util.List;

import org.springframework.messaging.Message;

/**
 * The hotline's three topics, read for signs of hardship in registered households, each a poll's records at a
 * time (batch mode): a batch costs a constant number of reads and one insert of its signals. Each event is handled
 * once ({@link IdempotentConsumer}), however often Kafka redelivers it.
 */
public class HotlineSignals {

    private final IdempotentConsumer consumer;
    private final SignalMatching matching;
    private final HardshipSignals hardship;

    public HotlineSignals(IdempotentConsumer consumer, SignalMatching matching, HardshipSignals hardship) {
        this.consumer = consumer;
        this.matching = matching;
        this.hardship = hardship;
    }

    /** Calls of a hardship category from a household head. */
    public void calls(Message<List<byte[]>> batch) {
        consumer.acceptBatch("call-signals", EventContracts.CASE_RECEIVED, batch,
                events -> matching.record(payloads(events).stream()
                                .filter(call -> !HardshipSignals.factorsOf(call.categories()).isEmpty()).toList(),
                        new SignalMatching.Reading<CaseReceived>(CaseReceived::countyCode, CaseReceived::callerRef,
                                call -> null, hardship::ofCall)));
    }

    /** Verifications that found the household at risk, or a substantiated hardship. */
    public void verifications(Message<List<byte[]>> batch) {
        consumer.acceptBatch("verification-signals", EventContracts.CASE_VERIFIED, batch,
                events -> matching.record(payloads(events), new SignalMatching.Reading<CaseVerified>(
                        CaseVerified::countyCode, CaseVerified::callerRef, CaseVerified::householdId,
                        hardship::ofVerification)));
    }

    /** Unsatisfied callbacks on hardship cases: nothing else can make a signal, so nothing else is looked up. */
    public void callbacks(Message<List<byte[]>> batch) {
        consumer.acceptBatch("callback-signals", EventContracts.CALLBACK_COMPLETED, batch,
                events -> matching.record(payloads(events).stream()
                                .filter(callback -> callback.result() == CallbackResult.UNSATISFIED
                                        && !HardshipSignals.factorsOf(callback.categories()).isEmpty()).toList(),
                        new SignalMatching.Reading<CallbackCompleted>(CallbackCompleted::countyCode,
                                CallbackCompleted::callerRef, c -> null, hardship::ofCallback)));
    }

    private static <T> List<T> payloads(List<ReceivedEvent<T>> events) {
        return events.stream().map(ReceivedEvent::payload).toList();
    }
}
