package cn.huiyin.chassis.messaging;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContract;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
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
        String id = ProcessedEvent.idOf(consumer, attributes.id());
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        ReceivedEvent<T> event = new ReceivedEvent<>(attributes, key == null ? null : key.toString(),
                message.getPayload());
        Timer.Sample sample = Timer.start(meters);
        Boolean applied = StoreOutage.waitOut(consumer, meters, () -> mongo.exists(Query.query(where("_id").is(id)),
                        ProcessedEvent.class)
                .flatMap(seen -> seen ? Mono.just(false)
                        : handler.apply(event).then(record(id, consumer, attributes)).thenReturn(true))
                .block(timeout));
        sample.stop(Timer.builder("huiyin.events.handle").description("time to apply one consumed event")
                .tag("consumer", consumer).tag("type", attributes.type()).register(meters));
        count(consumer, attributes.type(), Boolean.TRUE.equals(applied) ? "applied" : "duplicate");
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
