package cn.huiyin.reporting.projections.streams;

import cn.huiyin.events.CaseIds;
import cn.huiyin.events.EventContract;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.Topics;
import cn.huiyin.reporting.projections.model.BucketTotals;
import cn.huiyin.reporting.projections.model.Contributions;
import cn.huiyin.reporting.projections.model.Deltas;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

import tools.jackson.databind.json.JsonMapper;

/**
 * The report's read model as one topology:
 * <ol>
 * <li>the six topics are read and decoded; what breaks its contract goes to {@code <topic>.<group>.dlq};
 * <li>events about calls are keyed by their case id (derived from the call id, as case-service keys them) and
 *     merged into the call's fact ({@value #FACTS_STORE});
 * <li>each change of a fact becomes the difference of its bucket entries before and after, keyed by day and by
 *     month; household risk changes count once each ({@value #RISK_EVENTS_STORE});
 * <li>the differences are summed per bucket ({@value #BUCKETS_STORE}); the buckets, and the facts of cases for the
 *     ledger, go to output topics that {@code ReadModelSink} writes into MongoDB.
 * </ol>
 * An event costs the same however many calls its bucket holds: a bucket keeps counters, not its calls.
 */
public final class ReadModelTopology {

    public static final String FACTS_STORE = "call-facts";
    public static final String RISK_EVENTS_STORE = "household-risk-events";
    public static final String BUCKETS_STORE = "report-buckets";
    /** Internal topics, prefixed with the application id by Kafka Streams. */
    public static final String BY_CASE = "events-by-case";
    public static final String BY_BUCKET = "deltas-by-bucket";

    /** Every topic but those reporting publishes itself (its hotspots and overdue instructions are no calls). */
    public static final List<String> INPUT_TOPICS = EventContracts.ALL.stream().map(contract -> contract.topic())
            .filter(topic -> !Topics.HOTSPOT_DETECTED.equals(topic) && !Topics.INSTRUCTION_OVERDUE.equals(topic))
            .distinct().toList();

    /** The topics whose contracts key their events by case id. */
    public static boolean keyedByCase(String topic) {
        List<EventContract<?>> contracts = EventContracts.onTopic(topic);
        return !contracts.isEmpty() && contracts.stream().allMatch(contract -> contract.keyField().equals("caseId"));
    }

    private static final Serde<String> KEYS = Serdes.String();

    private final ReadModelTopics topics;
    private final String deadLetterGroup;
    private final JsonMapper events;
    private final Duration identificationLimit;
    private final Duration acceptanceLimit;
    private final ReadModelMetrics metrics;
    private final Function<String, KeyValueBytesStoreSupplier> stores;

    public ReadModelTopology(ReadModelTopics topics, String deadLetterGroup, JsonMapper events,
            Duration identificationLimit, Duration acceptanceLimit, ReadModelMetrics metrics) {
        this(topics, deadLetterGroup, events, identificationLimit, acceptanceLimit, metrics,
                Stores::persistentKeyValueStore);
    }

    /** With other stores than RocksDB's: a test driver commits after every record, which RocksDB pays in flushes. */
    public ReadModelTopology(ReadModelTopics topics, String deadLetterGroup, JsonMapper events,
            Duration identificationLimit, Duration acceptanceLimit, ReadModelMetrics metrics,
            Function<String, KeyValueBytesStoreSupplier> stores) {
        this.stores = stores;
        this.topics = topics;
        this.deadLetterGroup = deadLetterGroup;
        this.events = events;
        this.identificationLimit = identificationLimit;
        this.acceptanceLimit = acceptanceLimit;
        this.metrics = metrics;
    }

    /**
     * @param casePartitions the partitions of the case topics (all alike): what is re-keyed by case id goes to as
     *     many, so that it meets the events case-service keyed so in the same task
     */
    public Topology build(int casePartitions) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<StoredFact> facts = JsonSerde.remembering(StoredFact.class);
        builder.addStateStore(Stores.keyValueStoreBuilder(stores.apply(FACTS_STORE), KEYS, facts)
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(stores.apply(RISK_EVENTS_STORE), KEYS,
                Serdes.Long()).withCachingEnabled());

        KStream<String, Inbound> inbound = builder
                .stream(INPUT_TOPICS, Consumed.with(KEYS, Serdes.ByteArray()).withName("events"))
                .processValues(() -> new EventDecoder(events, metrics), Named.as("decode"));
        Map<String, KStream<String, Inbound>> branches = inbound.split(Named.as("inbound-"))
                .branch((key, value) -> value instanceof Inbound.Poison, Branched.as("poison"))
                .branch((key, value) -> value instanceof Inbound.Call, Branched.as("call"))
                .branch((key, value) -> value instanceof Inbound.Risk, Branched.as("risk"))
                .noDefaultBranch();

        branches.get("inbound-poison")
                .mapValues(value -> ((Inbound.Poison) value).original(), Named.as("dead-letter-payload"))
                .to((key, value, record) -> Topics.dlq(record.topic(), deadLetterGroup),
                        Produced.with(KEYS, Serdes.ByteArray()).withName("dead-letters"));

        // case-service keys a case's events by the case id it derives from the call: they reach the facts as they
        // come. Only what is keyed otherwise (case-received, by call id) takes the way through a repartition topic
        // with as many partitions as the case topics, so both ways meet in the same task.
        Map<String, KStream<String, Inbound>> keyed = branches.get("inbound-call").split(Named.as("keyed-"))
                .branch((key, value) -> CaseIds.of(((Inbound.Call) value).event().callId()).equals(key),
                        Branched.as("by-case"))
                .defaultBranch(Branched.as("otherwise"));
        KStream<String, CallEvent> rekeyed = keyed.get("keyed-otherwise")
                .map((key, value) -> {
                    Inbound.Call call = (Inbound.Call) value;
                    return KeyValue.pair(CaseIds.of(call.event().callId()),
                            new PublishedEvent(call.type(), call.payload()));
                }, Named.as("key-by-case"))
                .repartition(Repartitioned.<String, PublishedEvent>as(BY_CASE).withKeySerde(KEYS)
                        .withValueSerde(PublishedEvent.serde()).withNumberOfPartitions(casePartitions))
                .mapValues(published -> EventDecoder.decode(published, events), Named.as("decode-by-case"));
        KStream<String, FactChange> changes = keyed.get("keyed-by-case")
                .mapValues(value -> ((Inbound.Call) value).event(), Named.as("as-call-event"))
                .merge(rekeyed, Named.as("events-by-case"))
                .process(FactMerger::new, Named.as("merge-facts"), FACTS_STORE)
                .peek((caseId, change) -> metrics.changed(change), Named.as("count-new-calls"));

        changes.filter((caseId, change) -> Contributions.placedCase(change.after()), Named.as("cases-only"))
                .map((caseId, change) -> KeyValue.pair(change.after().callId(), change.stored()), Named.as("ledger-fact"))
                .to(topics.facts(), Produced.with(KEYS, facts).withName("facts-out"));

        KStream<String, BucketDelta> callDeltas = changes.flatMap((caseId, change) ->
                deltas(Deltas.between(change.before(), change.after(), acceptanceLimit)), Named.as("call-deltas"));
        KStream<String, BucketDelta> riskDeltas = branches.get("inbound-risk")
                .mapValues(value -> (Inbound.Risk) value, Named.as("as-risk"))
                .process(RiskOnce::new, Named.as("risk-once"), RISK_EVENTS_STORE)
                .flatMap((householdId, risk) -> deltas(Deltas.of(risk.entry(identificationLimit))),
                        Named.as("risk-deltas"));

        callDeltas.merge(riskDeltas, Named.as("all-deltas"))
                .groupByKey(Grouped.with(BY_BUCKET, KEYS, CounterSerdes.deltas()))
                .aggregate(BucketTotals::empty, (bucket, delta, totals) -> totals.plus(delta.counts()),
                        Named.as("sum-buckets"),
                        Materialized.<String, BucketTotals>as(stores.apply(BUCKETS_STORE))
                                .withKeySerde(KEYS).withValueSerde(CounterSerdes.totals()))
                .toStream(Named.as("bucket-changes"))
                .to(topics.buckets(), Produced.with(KEYS, JsonSerde.of(BucketTotals.class)).withName("buckets-out"));
        return builder.build();
    }

    private static List<KeyValue<String, BucketDelta>> deltas(Map<String, Map<String, Long>> byBucket) {
        return byBucket.entrySet().stream()
                .map(bucket -> KeyValue.pair(bucket.getKey(), new BucketDelta(bucket.getValue()))).toList();
    }
}
