package cn.huiyin.chassis.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A small collection naming the documents that may hold unsent events, so the relay's sweep reads
 * a handful of marks and fetches those documents by id instead of scanning whole collections (the
 * embedded wire server has no secondary indexes to help such a scan). A mark is written before the
 * document gets its events, so no document with events is ever without one; it is removed by the
 * sweep once the document holds none, on the condition that nobody marked it again meanwhile.
 */
class PendingMarks {

    static final String COLLECTION = "outbox_pending";

    private final ReactiveMongoTemplate mongo;

    PendingMarks(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String idOf(String collection, Object documentId) {
        return collection + "/" + documentId;
    }

    /** Marks a document before events are written into it; each mark carries a stamp that changes every time. */
    Mono<Void> mark(String collection, Object documentId, Instant now) {
        return mongo.findAndModify(Query.query(where("_id").is(idOf(collection, documentId))),
                        new Update().set("collection", collection).set("documentId", documentId)
                                .set("markedAt", now).inc("stamp", 1L),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                .then();
    }

    /** Marks many documents of one collection in one bulk write. */
    Mono<Void> markAll(String collection, Collection<?> documentIds, Instant now) {
        if (documentIds.isEmpty()) {
            return Mono.empty();
        }
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Object documentId : documentIds) {
            bulk.upsert(Query.query(where("_id").is(idOf(collection, documentId))),
                    new Update().set("collection", collection).set("documentId", documentId).set("markedAt", now)
                            .inc("stamp", 1L));
        }
        return bulk.execute().then();
    }

    /**
     * Marks older than the grace period only: a document written within it is being dispatched by
     * its writer, so the sweep reads each document once, after it has been quiet for the grace period.
     */
    Flux<Document> settledBefore(Instant settled, int limit) {
        return mongo.find(Query.query(where("markedAt").lt(settled)).limit(limit), Document.class, COLLECTION);
    }

    Mono<Long> count() {
        return mongo.count(new Query(), COLLECTION);
    }

    /** Removes each mark that still has the stamp the sweep saw (no write marked it again since), in one bulk write. */
    Mono<Void> clear(List<Document> marks) {
        if (marks.isEmpty()) {
            return Mono.empty();
        }
        List<Query> unchanged = marks.stream()
                .map(mark -> Query.query(where("_id").is(mark.get("_id")).and("stamp").is(mark.get("stamp"))))
                .toList();
        return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).remove(unchanged).execute().then();
    }
}
