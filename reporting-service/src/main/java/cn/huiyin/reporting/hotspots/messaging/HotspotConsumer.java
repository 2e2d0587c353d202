package cn.huiyin.reporting.hotspots.messaging;

import cn.huiyin.chassis.messaging.IdempotentConsumer;
import cn.huiyin.chassis.messaging.ReceivedEvent;
import cn.huiyin.events.EventContracts;
import cn.huiyin.reporting.hotspots.application.HotspotDetection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.messaging.Message;

/**
 * {@code case-received} → the day counters and the hotspots they complete; a poll's records at a time (batch
 * mode), each event counted once per {@code ce_id} (the chassis records the ids it applied).
 */
public class HotspotConsumer implements Consumer<Message<List<byte[]>>> {

    /** Its name among the idempotent consumers: the processed event ids are recorded under it. */
    static final String NAME = "hotspots";

    private final IdempotentConsumer consumer;
    private final HotspotDetection detection;

    public HotspotConsumer(IdempotentConsumer consumer, HotspotDetection detection) {
        this.consumer = consumer;
        this.detection = detection;
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        consumer.acceptBatch(NAME, EventContracts.CASE_RECEIVED, batch,
                events -> detection.count(events.stream().map(ReceivedEvent::payload).toList()));
    }
}
