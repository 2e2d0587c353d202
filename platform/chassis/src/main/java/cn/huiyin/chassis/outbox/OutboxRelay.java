package cn.huiyin.chassis.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Store-and-forward: sends the events kept in aggregate documents and removes each one from its
 * document once Kafka acknowledged it. {@link #dispatchInBackground} runs right after a change is
 * saved; when it fails (Kafka down) it marks the document, and {@link #sweep} retries the marked
 * documents until Kafka has their events. A crash between save and send leaves a document with
 * events and no mark: {@link #reconcile} finds those at start (and periodically where configured).
 * The save itself is one write, with no mark before it. Delivery is at least once: consumers
 * de-duplicate on {@code ce_id}.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final String PENDING_TIME = OutboxEvent.FIELD + ".time";

    private final ReactiveMongoTemplate mongo;
    private final KafkaEventSender sender;
    private final OutboxProperties properties;
    private final Clock clock;
    /** Events being sent by this instance, so a sweep does not send them a second time meanwhile. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final PendingMarks marks;
    /** Marks a failed dispatch could not write, by mark id. */
    private final Map<String, Unmarked> unmarked = new ConcurrentHashMap<>();

    private record Unmarked(String collection, Object documentId) {
    }
    private final AcknowledgedEvents acknowledged;

    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaEventSender sender, OutboxProperties properties,
            Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        this.marks = new PendingMarks(mongo);
        this.acknowledged = new AcknowledgedEvents(mongo, properties.batchSize(), properties.removalWindow());
        for (String collection : properties.collections()) {
            AtomicLong pending = backlog.computeIfAbsent(collection, c -> new AtomicLong());
            Gauge.builder("huiyin.outbox.backlog", pending, AtomicLong::get)
                    .description("documents that may hold events Kafka has not acknowledged yet")
                    .tag("collection", collection).register(meters);
        }
    }

    /** Sends a document's events in order, each removed from the document after its acknowledgement. */
    private Mono<Void> send(String collection, Object documentId, List<OutboxEvent> events) {
        return Flux.fromIterable(events)
                .filter(event -> inFlight.add(event.eventId()))
                .concatMap(event -> sender.send(event)
                        .then(acknowledged.remove(collection, documentId, event.eventId()))
                        .doFinally(signal -> inFlight.remove(event.eventId())))
                .then();
    }

    /** The sweep's send of a marked document. Never fails: what could not be sent stays for the next sweep. */
    private Mono<Void> dispatch(String collection, Object documentId, List<OutboxEvent> events) {
        return send(collection, documentId, events)
                .onErrorResume(failure -> {
                    log.warn("events of {} {} stay in the outbox: {}", collection, documentId, failure.toString());
                    return Mono.empty();
                });
    }

    /**
     * Sends the events a store has just written, without waiting: the API answers once the change
     * is stored. What could not be sent is marked for the sweep; a mark that could not be written
     * either is kept in memory and written by the next sweep (a crash meanwhile is what
     * {@link #reconcile} is for).
     */
    void dispatchInBackground(String collection, Object documentId, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        send(collection, documentId, events)
                .onErrorResume(failure -> {
                    log.warn("events of {} {} stay in the outbox for the sweep: {}", collection, documentId,
                            failure.toString());
                    return mark(collection, documentId);
                })
                .subscribe();
    }

    /**
     * Leaves the documents' events to the sweep, with one bulk write of marks: for bulk changes whose
     * write cannot tell which documents it changed. A document that holds nothing loses its mark at the
     * sweep.
     */
    Mono<Void> markAll(String collection, Collection<?> documentIds) {
        return marks.markAll(collection, documentIds, clock.instant());
    }

    private Mono<Void> mark(String collection, Object documentId) {
        return marks.mark(collection, documentId, clock.instant())
                .onErrorResume(failure -> {
                    unmarked.put(PendingMarks.idOf(collection, documentId), new Unmarked(collection, documentId));
                    return Mono.empty();
                });
    }

    /** Writes the marks that failed earlier (MongoDB was unreachable too); each stays queued until written. */
    private Mono<Void> markLeftovers() {
        return Flux.fromIterable(List.copyOf(unmarked.entrySet()))
                .concatMap(entry -> marks.mark(entry.getValue().collection(), entry.getValue().documentId(), clock.instant())
                        .doOnSuccess(done -> unmarked.remove(entry.getKey())))
                .then()
                .onErrorResume(failure -> Mono.empty());
    }

    /**
     * One pass over the marked documents: sends what they still hold once it is older than the
     * grace period, and removes the marks of documents with nothing left. Returns how many
     * documents it tried to flush.
     */
    public Mono<Long> sweep() {
        Instant settled = clock.instant().minus(properties.grace());
        return markLeftovers().thenMany(marks.settledBefore(settled, properties.batchSize() * 5))
                .collectList()
                .flatMapMany(found -> Flux.fromIterable(found.stream()
                        .collect(Collectors.groupingBy(mark -> mark.getString("collection"), LinkedHashMap::new,
                                Collectors.toList()))
                        .entrySet()))
                .concatMap(marked -> flush(marked.getKey(), marked.getValue()))
                .reduce(0L, Long::sum)
                .flatMap(flushed -> refreshBacklog().thenReturn(flushed))
                .onErrorResume(failure -> {
                    log.warn("outbox sweep failed: {}", failure.toString());
                    return Mono.just(0L);
                });
    }

    /**
     * Reads the marked documents of one collection in one query, sends what they still hold and
     * removes the marks of those that hold nothing (or no longer exist) in one bulk write.
     */
    private Mono<Long> flush(String collection, List<Document> marked) {
        List<Object> documentIds = marked.stream().map(mark -> mark.get("documentId")).distinct().toList();
        return mongo.find(Query.query(where("_id").in(documentIds)), Document.class, collection)
                .collectMap(document -> document.get("_id"), this::eventsOf)
                .flatMap(held -> {
                    List<Document> empty = marked.stream()
                            .filter(mark -> held.getOrDefault(mark.get("documentId"), List.of()).isEmpty())
                            .toList();
                    return marks.clear(empty)
                            .then(Flux.fromIterable(held.entrySet())
                                    .filter(entry -> !entry.getValue().isEmpty())
                                    .concatMap(entry -> dispatch(collection, entry.getKey(), entry.getValue())
                                            .thenReturn(1L))
                                    .reduce(0L, Long::sum));
                });
    }

    private Mono<Void> refreshBacklog() {
        return Flux.fromIterable(properties.collections())
                .concatMap(collection -> mongo.count(Query.query(where("collection").is(collection)),
                                PendingMarks.COLLECTION)
                        .doOnNext(count -> backlog.get(collection).set(count)))
                .then();
    }

    /**
     * At start (and every {@code reconcile-interval} where one is set): marks every document that
     * has held events for longer than the grace period, with one query per collection — what a
     * crash between a save and its dispatch left behind. MongoDB answers it from the
     * {@code outbox_pending} index; the embedded wire server scans, which is why it is not run often there.
     */
    public Mono<Long> reconcile() {
        Instant settled = clock.instant().minus(properties.grace());
        return Flux.fromIterable(properties.collections())
                .concatMap(collection -> mongo.find(Query.query(where(PENDING_TIME).lt(settled)), Document.class,
                                collection)
                        .concatMap(document -> marks.mark(collection, document.get("_id"), clock.instant())
                                .thenReturn(1L)))
                .reduce(0L, Long::sum)
                .onErrorResume(failure -> {
                    log.warn("outbox reconciliation failed: {}", failure.toString());
                    return Mono.just(0L);
                });
    }

    /**
     * A multikey index on the pending events' times keeps the sweep and the backlog count off full
     * collection scans on MongoDB (the embedded wire server accepts it and scans anyway).
     */
    public Mono<Void> ensureIndexes() {
        return Flux.fromIterable(properties.collections())
                .concatMap(collection -> mongo.indexOps(collection)
                        .createIndex(new Index(PENDING_TIME, Sort.Direction.ASC).named("outbox_pending")))
                .then();
    }

    /** Stops batching removals; Spring calls it when the context closes. */
    @Override
    public void close() {
        acknowledged.close();
    }

    private List<OutboxEvent> eventsOf(Document document) {
        List<Document> stored = document.getList(OutboxEvent.FIELD, Document.class, List.of());
        return stored.stream().map(event -> mongo.getConverter().read(OutboxEvent.class, event)).toList();
    }
}
