package cn.huiyin.chassis.outbox;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Removes events Kafka acknowledged from their documents, many at a time: whatever was acknowledged
 * within a short window (or up to a batch size) is pulled with one update per collection, instead
 * of one round trip per event. Each caller still learns when its own event is gone. An event whose
 * removal fails stays in its document, and the sweep sends it again (consumers de-duplicate).
 */
final class AcknowledgedEvents implements AutoCloseable {

    private record Removal(String collection, Object documentId, String eventId, Sinks.Empty<Void> done) {
    }

    private final ReactiveMongoTemplate mongo;
    private final Sinks.Many<Removal> queue = Sinks.many().unicast().onBackpressureBuffer();
    private final Disposable worker;

    AcknowledgedEvents(ReactiveMongoTemplate mongo, int batchSize, Duration window) {
        this.mongo = mongo;
        this.worker = queue.asFlux()
                .bufferTimeout(batchSize, window, true)
                .concatMap(this::removeAll)
                .subscribe();
    }

    /** Completes once the event is no longer in its document; fails when the update failed. Lazy: queued on subscription. */
    Mono<Void> remove(String collection, Object documentId, String eventId) {
        return Mono.defer(() -> {
            Sinks.Empty<Void> done = Sinks.empty();
            Sinks.EmitResult result;
            synchronized (queue) {
                result = queue.tryEmitNext(new Removal(collection, documentId, eventId, done));
            }
            return result.isFailure()
                    ? Mono.error(new IllegalStateException("the outbox is closed (" + result + ")"))
                    : done.asMono();
        });
    }

    private Mono<Void> removeAll(List<Removal> batch) {
        Map<String, List<Removal>> byCollection = batch.stream()
                .collect(groupingBy(Removal::collection, LinkedHashMap::new, toList()));
        return Flux.fromIterable(byCollection.entrySet())
                .concatMap(entry -> removeFrom(entry.getKey(), entry.getValue()))
                .then();
    }

    private Mono<Void> removeFrom(String collection, List<Removal> removals) {
        List<Object> documentIds = removals.stream().map(Removal::documentId).distinct().toList();
        List<String> eventIds = removals.stream().map(Removal::eventId).toList();
        return mongo.updateMulti(Query.query(where("_id").in(documentIds)),
                        new Update().pull(OutboxEvent.FIELD, new Document("eventId", new Document("$in", eventIds))),
                        collection)
                .doOnSuccess(updated -> removals.forEach(removal -> removal.done().tryEmitEmpty()))
                .doOnError(failure -> removals.forEach(removal -> removal.done().tryEmitError(failure)))
                .onErrorResume(failure -> Mono.empty())
                .then();
    }

    @Override
    public void close() {
        synchronized (queue) {
            queue.tryEmitComplete();
        }
        worker.dispose();
    }
}
