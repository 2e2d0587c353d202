package cn.huiyin.chassis.messaging;

import cn.huiyin.chassis.mongo.DuplicateWrites;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContract;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies each event once per consumer. It skips an event whose {@code ce_id} this consumer has
 * recorded, runs the handler, then records the id. A crash between the two re-runs the handler on
 * redelivery, so handlers also guard their own writes (a conditional update, or a state machine
 * that refuses a transition it already made); together, a redelivered event changes nothing.
 *
 * <p>Meant for plain {@code Consumer<Message<T>>} beans on the binder thread: it blocks there, so
 * a failure reaches the binder, which retries and finally sends the record to the dead-letter topic. While
 * MongoDB is unreachable it waits instead ({@link StoreOutage}): the partition pauses, nothing is skipped.
 *
 * <p>{@link #acceptBatch} does the same for a batch (binder batch mode) with a constant number of MongoDB
 * commands: one read of the batch's processed ids, the handler's bulk writes, one insert of the new ids.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final ReactiveMongoTemplate mongo;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration timeout;
    private final JsonMapper json;

    public IdempotentConsumer(ReactiveMongoTemplate mongo, MeterRegistry meters, Clock clock, Duration timeout,
            JsonMapper json) {
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
        this.timeout = timeout;
        this.json = json;
    }

    public <T extends Record> void accept(String consumer, EventContract<T> contract, Message<T> received,
            Function<ReceivedEvent<T>, Mono<?>> handler) {
        Message<T> message = EventPayloads.converted(received, contract, json);
        CloudEventAttributes attributes = CloudEventAttributes.fromHeaders(message.getHeaders());
        if (!contract.ceType().equals(attributes.type())) {
            // another type or version on the same topic: not ours to apply, nor a failure
            count(consumer, attributes.type(), "skipped");
            log.debug("{} skips {} of type {}", consumer, attributes.id(), attributes.type());
            return;
        }
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        apply(consumer, new ReceivedEvent<>(attributes, keyOf(key), message.getPayload()), handler);
    }

    /** One event: skipped if recorded, else handled and recorded; waits out MongoDB outages. */
    private <T> void apply(String consumer, ReceivedEvent<T> event, Function<ReceivedEvent<T>, Mono<?>> handler) {
        CloudEventAttributes attributes = event.attributes();
        String id = ProcessedEvent.idOf(consumer, attributes.id());
        Timer.Sample sample = Timer.start(meters);
        Boolean applied = StoreOutage.waitOut(consumer, meters, () -> mongo.exists(Query.query(where("_id").is(id)),
                        ProcessedEvent.class)
                .flatMap(seen -> seen ? Mono.just(false)
                        : handler.apply(event).then(record(id, consumer, attributes)).thenReturn(true))
                .block(timeout));
        sample.stop(handleTimer(consumer, attributes.type()));
        count(consumer, attributes.type(), Boolean.TRUE.equals(applied) ? "applied" : "duplicate");
    }

    private static String keyOf(Object key) {
        return key == null ? null : key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : key.toString();
    }

    private Timer handleTimer(String consumer, String type) {
        return Timer.builder("huiyin.events.handle").description("time to apply one consumed event")
                .tag("consumer", consumer).tag("type", type).register(meters);
    }

    /**
     * Applies a batch of records (binder batch mode) as {@link #accept} applies one: events already processed,
     * repeated in the batch, or of another type are left out, the rest go to the handler together, in the batch's
     * order (so per key, in partition order), and their ids are recorded in one insert. A record that cannot be
     * read, or an event the handler fails on, stops the batch there: what comes before it is applied, and a
     * {@link BatchListenerFailedException} names its index, so the container commits the records before it,
     * retries from it and finally dead-letters that record alone ({@link BatchDeadLetters}).
     *
     * <p>When the bulk handler fails, the batch is applied again one event at a time to find the event at fault;
     * handlers guard their own writes, so what the failed bulk had written is not written twice.
     */
    public <T extends Record> void acceptBatch(String consumer, EventContract<T> contract,
            Message<? extends List<?>> batch, Function<List<ReceivedEvent<T>>, Mono<?>> handler) {
        List<Message<Object>> records = BatchRecords.of(batch);
        List<Indexed<T>> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < records.size(); index++) {
            ReceivedEvent<T> event;
            try {
                event = received(consumer, contract, records.get(index));
            } catch (RuntimeException unreadable) {
                applyInBulk(consumer, events, handler);
                throw new BatchListenerFailedException(consumer + " cannot read record " + index + " of its batch: "
                        + unreadable.getMessage(), unreadable, index);
            }
            if (event == null) {
                continue;
            }
            if (!ids.add(event.id())) {
                // the same event twice in one poll (a producer's retry): the first is applied, the second is not
                count(consumer, event.attributes().type(), "duplicate");
                continue;
            }
            events.add(new Indexed<>(index, event));
        }
        applyInBulk(consumer, events, handler);
    }

    private record Indexed<T>(int index, ReceivedEvent<T> event) {

        String processedId(String consumer) {
            return ProcessedEvent.idOf(consumer, event.id());
        }
    }

    /** The event of one record, or null when it is of another type on the same topic. */
    private <T extends Record> ReceivedEvent<T> received(String consumer, EventContract<T> contract,
            Message<Object> record) {
        Message<T> message = EventPayloads.converted(record, contract, json);
        CloudEventAttributes attributes = CloudEventAttributes.fromHeaders(message.getHeaders());
        if (!contract.ceType().equals(attributes.type())) {
            count(consumer, attributes.type(), "skipped");
            return null;
        }
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        Object payload = message.getPayload();
        if (!contract.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(contract.topic() + " event " + attributes.id() + " is not a "
                    + contract.ceType() + " but a " + (payload == null ? "null" : payload.getClass().getName()));
        }
        return new ReceivedEvent<>(attributes, keyOf(key), contract.payloadType().cast(payload));
    }

    private <T extends Record> void applyInBulk(String consumer, List<Indexed<T>> events,
            Function<List<ReceivedEvent<T>>, Mono<?>> handler) {
        if (events.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<Indexed<T>> applied;
        try {
            applied = StoreOutage.waitOut(consumer, meters, () -> notYetProcessed(consumer, events)
                    .flatMap(fresh -> fresh.isEmpty() ? Mono.just(fresh)
                            : handler.apply(fresh.stream().map(Indexed::event).toList())
                                    .then(recordAll(consumer, fresh)).thenReturn(fresh))
                    .block(timeout));
        } catch (RuntimeException failure) {
            log.warn("{} could not apply a batch of {} events ({}); applying them one at a time", consumer,
                    events.size(), failure.toString());
            applyOneByOne(consumer, events, handler);
            return;
        }
        long each = (System.nanoTime() - started) / events.size();
        Set<String> fresh = applied.stream().map(e -> e.event().id()).collect(Collectors.toSet());
        for (Indexed<T> e : events) {
            String type = e.event().attributes().type();
            handleTimer(consumer, type).record(each, TimeUnit.NANOSECONDS);
            count(consumer, type, fresh.contains(e.event().id()) ? "applied" : "duplicate");
        }
    }

    /** The batch without the events this consumer recorded already: one read of their ids. */
    private <T extends Record> Mono<List<Indexed<T>>> notYetProcessed(String consumer, List<Indexed<T>> events) {
        List<String> ids = events.stream().map(e -> e.processedId(consumer)).toList();
        return mongo.find(Query.query(where("_id").in(ids)), ProcessedEvent.class)
                .map(ProcessedEvent::id).collect(Collectors.toSet())
                .map(seen -> events.stream().filter(e -> !seen.contains(e.processedId(consumer))).toList());
    }

    private <T extends Record> void applyOneByOne(String consumer, List<Indexed<T>> events,
            Function<List<ReceivedEvent<T>>, Mono<?>> handler) {
        for (Indexed<T> e : events) {
            try {
                apply(consumer, e.event(), event -> handler.apply(List.of(event)));
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException(consumer + " could not apply " + e.event().id() + ": "
                        + failure.getMessage(), failure, e.index());
            }
        }
    }

    /** One insert of the ids; an id another instance recorded meanwhile is no failure (unordered, so the rest go in). */
    private <T extends Record> Mono<Void> recordAll(String consumer, List<Indexed<T>> applied) {
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ProcessedEvent.class);
        bulk.insert(applied.stream().map(e -> (Object) new ProcessedEvent(e.processedId(consumer), consumer,
                e.event().id(), e.event().attributes().type(), clock.instant())).toList());
        return bulk.execute()
                .onErrorResume(failure -> DuplicateWrites.onlyDuplicates(failure) != null, partly -> Mono.empty())
                .then();
    }

    /**
     * Expires processed-event records after {@code retention}: far longer than Kafka keeps a
     * redelivery possible. (The embedded wire server keeps the index but never expires.)
     */
    public Mono<Void> ensureIndexes(Duration retention) {
        return mongo.indexOps(ProcessedEvent.class)
                .createIndex(new Index("processedAt", Sort.Direction.ASC).named("processed_expiry")
                        .expire(retention))
                .then();
    }

    private Mono<Void> record(String id, String consumer, CloudEventAttributes attributes) {
        return mongo.insert(new ProcessedEvent(id, consumer, attributes.id(), attributes.type(), clock.instant()))
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.empty())
                .then();
    }

    private void count(String consumer, String type, String outcome) {
        Counter.builder("huiyin.events.consumed").description("events taken from Kafka, by outcome")
                .tag("consumer", consumer).tag("type", type).tag("outcome", outcome)
                .register(meters).increment();
    }
}
