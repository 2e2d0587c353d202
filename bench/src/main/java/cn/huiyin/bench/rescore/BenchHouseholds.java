package cn.huiyin.bench.rescore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;

import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

import org.bson.Document;
import org.bson.conversions.Bson;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The generated households in monitoring-service's collection: inserted in unordered batches of
 * 1,000 (two in flight, so generating the next overlaps storing the last), and dropped again with
 * the outbox marks their level changes left; every id starts with {@link #PREFIX}, so an aborted
 * run's households are dropped by the next. The drop goes in batches too, a page of ids read and deleted by id
 * at a time: one {@code deleteMany} matching 1,000,000 households by a pattern made the embedded server read them
 * all into memory before deleting any, and the client gave up waiting.
 */
final class BenchHouseholds implements AutoCloseable {

    static final String PREFIX = "bench-";
    static final int BATCH = 1_000;
    private static final String MARKS = "outbox_pending";

    private final MongoClient client;
    private final MongoCollection<Document> households;
    private final MongoCollection<Document> marks;
    private final MongoCollection<Document> runs;

    BenchHouseholds(String uri, String database) {
        this.client = MongoClients.create(uri);
        this.households = client.getDatabase(database).getCollection(StoredHouseholds.COLLECTION);
        this.marks = client.getDatabase(database).getCollection(MARKS);
        this.runs = client.getDatabase(database).getCollection("rescoring_runs");
    }

    /**
     * Marks rescoring runs an aborted benchmark left unfinished as finished: the service would otherwise continue
     * such a run after its last id, and the pass would not walk every household. Returns how many.
     */
    long abandonUnfinishedRescoring() {
        return Mono.from(runs.updateMany(eq("finishedAt", null), new Document("$set",
                new Document("finishedAt", new Date()).append("abandonedBy", "bench"))))
                .blockOptional().map(result -> result.getModifiedCount()).orElse(0L);
    }

    /** Households 0 to count − 1, each built by {@code document}; {@code progress} told the total after each batch. */
    void insert(long count, LongFunction<Document> document, LongConsumer progress) {
        AtomicLong inserted = new AtomicLong();
        Flux.range(0, (int) ((count + BATCH - 1) / BATCH))
                .map(batch -> LongStream.range((long) batch * BATCH, Math.min(count, (batch + 1L) * BATCH))
                        .mapToObj(document).toList())
                .flatMap(batch -> Mono.from(households.insertMany(batch, new InsertManyOptions().ordered(false)))
                        .doOnNext(result -> progress.accept(inserted.addAndGet(batch.size()))), 2)
                .blockLast();
    }

    Document find(String householdId) {
        return Mono.from(households.find(eq("_id", householdId)).first()).block();
    }

    long count() {
        return Mono.from(households.countDocuments()).blockOptional().orElse(0L);
    }

    /** Marks in the relay's collection naming bench households: level changes not yet sent. */
    long pendingMarks() {
        return Mono.from(marks.countDocuments(regex("_id", "^" + StoredHouseholds.COLLECTION + "/" + PREFIX)))
                .blockOptional().orElse(0L);
    }

    /** Drops every bench household and its outbox mark; returns how many households. */
    long drop() {
        long dropped = dropPages(households, regex("_id", "^" + PREFIX));
        dropPages(marks, regex("_id", "^" + StoredHouseholds.COLLECTION + "/" + PREFIX));
        return dropped;
    }

    /** Reads a page of matching ids (no sort: the server stops at the page) and deletes them, until none is left. */
    private static long dropPages(MongoCollection<Document> collection, Bson filter) {
        long dropped = 0;
        while (true) {
            List<Object> ids = Flux.from(collection.find(filter).projection(Projections.include("_id")).limit(BATCH))
                    .map(document -> document.get("_id")).collectList().block();
            if (ids == null || ids.isEmpty()) {
                return dropped;
            }
            dropped += Mono.from(collection.deleteMany(in("_id", ids))).blockOptional()
                    .map(result -> result.getDeletedCount()).orElse(0L);
        }
    }

    void drop(List<String> householdIds) {
        Mono.from(households.deleteMany(in("_id", householdIds))).block();
        Mono.from(marks.deleteMany(in("_id", householdIds.stream()
                .map(id -> StoredHouseholds.COLLECTION + "/" + id).toList()))).block();
    }

    @Override
    public void close() {
        client.close();
    }
}
