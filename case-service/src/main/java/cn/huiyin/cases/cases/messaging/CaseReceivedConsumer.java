package cn.huiyin.cases.cases.messaging;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.chassis.messaging.IdempotentConsumer;
import cn.huiyin.chassis.messaging.ReceivedEvent;
import cn.huiyin.events.EventContracts;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.messaging.Message;

/**
 * {@code case-received} → a case for every transferred call; applied once per event, a poll's records at a
 * time (batch mode), so a burst of calls costs a few bulk writes instead of five commands each.
 */
public class CaseReceivedConsumer implements Consumer<Message<List<byte[]>>> {

    /** Its name among the idempotent consumers: the processed event ids are recorded under it. */
    static final String NAME = "open-cases";

    private final IdempotentConsumer consumer;
    private final CaseOpening opening;

    public CaseReceivedConsumer(IdempotentConsumer consumer, CaseOpening opening) {
        this.consumer = consumer;
        this.opening = opening;
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        consumer.acceptBatch(NAME, EventContracts.CASE_RECEIVED, batch,
                events -> opening.openAll(events.stream().map(ReceivedEvent::payload).toList()));
    }
}
