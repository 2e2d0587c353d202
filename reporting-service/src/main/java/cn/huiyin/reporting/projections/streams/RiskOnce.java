package cn.huiyin.reporting.projections.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Passes each household risk change on once: it counts under its event id, and a copy of it (the outbox sent it
 * twice, a replay sent it again) arrives on the same partition, as it has the same household key.
 */
final class RiskOnce implements Processor<String, Inbound.Risk, String, Inbound.Risk> {

    private ProcessorContext<String, Inbound.Risk> context;
    private KeyValueStore<String, Long> seen;

    @Override
    public void init(ProcessorContext<String, Inbound.Risk> context) {
        this.context = context;
        this.seen = context.getStateStore(ReadModelTopology.RISK_EVENTS_STORE);
    }

    @Override
    public void process(Record<String, Inbound.Risk> record) {
        String eventId = record.value().eventId();
        if (seen.get(eventId) != null) {
            return;
        }
        seen.put(eventId, record.timestamp());
        context.forward(record);
    }
}
