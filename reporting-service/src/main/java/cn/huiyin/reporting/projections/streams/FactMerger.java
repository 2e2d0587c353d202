package cn.huiyin.reporting.projections.streams;

import cn.huiyin.reporting.projections.model.CallFact;

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

    private ProcessorContext<String, FactChange> context;
    private KeyValueStore<String, StoredFact> facts;

    @Override
    public void init(ProcessorContext<String, FactChange> context) {
        this.context = context;
        this.facts = context.getStateStore(ReadModelTopology.FACTS_STORE);
    }

    @Override
    public void process(Record<String, CallEvent> record) {
        StoredFact stored = facts.get(record.key());
        CallFact before = stored == null ? CallFact.empty(record.key()) : stored.fact();
        CallFact after = record.value().applyTo(before);
        if (after.equals(before)) {
            return;
        }
        long version = stored == null ? 1 : stored.version() + 1;
        facts.put(record.key(), new StoredFact(version, after));
        context.forward(record.withValue(new FactChange(version, before, after)));
    }
}
