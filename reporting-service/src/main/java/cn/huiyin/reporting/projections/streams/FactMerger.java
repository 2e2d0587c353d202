package cn.huiyin.reporting.projections.streams;

import cn.huiyin.reporting.projections.model.CallFact;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Merges each event into its call's fact and passes the change on, with the fact as it was: what the buckets must
 * take back. Merging is idempotent and order-free, so a duplicated or early event changes nothing it should not,
 * and an event that changes nothing is not passed on at all.
 */
final class FactMerger implements Processor<String, CallEvent, String, FactChange> {

    /** The facts this task touched last, as objects: a call's events come close together, and a store read parses. */
    private static final int RECENT = 10_000;

    private ProcessorContext<String, FactChange> context;
    private KeyValueStore<String, StoredFact> facts;
    // only this processor writes the store, and a task that failed is re-initialised, so this never goes stale
    private final Map<String, StoredFact> recent = new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoredFact> eldest) {
            return size() > RECENT;
        }
    };

    @Override
    public void init(ProcessorContext<String, FactChange> context) {
        this.context = context;
        this.facts = context.getStateStore(ReadModelTopology.FACTS_STORE);
        recent.clear();
    }

    @Override
    public void close() {
        recent.clear();
    }

    @Override
    public void process(Record<String, CallEvent> record) {
        StoredFact stored = recent.get(record.key());
        if (stored == null) {
            stored = facts.get(record.key());
        }
        CallFact before = stored == null ? CallFact.empty(record.value().callId()) : stored.fact();
        CallFact after = record.value().applyTo(before);
        if (after.equals(before)) {
            return;
        }
        long version = stored == null ? 1 : stored.version() + 1;
        StoredFact next = new StoredFact(version, after);
        facts.put(record.key(), next);
        recent.put(record.key(), next);
        context.forward(record.withValue(new FactChange(before, next)));
    }
}
