package cn.huiyin.bench.rescore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;

import java.util.Date;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

import org.bson.Document;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The generated households in monitoring-service's collection: inserted in unordered batches of
 * 1,000 (two in flight, so generating the next overlaps storing the last), and dropped again with
 * the outbox marks their level changes left; every id starts with {@link #PREFIX}, so an aborted
 * run's households are dropped by the next.
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

    /** Households 0 to count − 1, each built by {@code document}. */
    void insert(long count, LongFunction<Document> document) {
        Flux.range(0, (int) ((count + BATCH - 1) / BATCH))
                .map(batch -> LongStream.range((long) batch * BATCH, Math.min(count, (batch + 1L) * BATCH))
                        .mapToObj(document).toList())
                .flatMap(batch -> Mono.from(households.insertMany(batch, new InsertManyOptions().ordered(false))), 2)
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
        long dropped = Mono.from(households.deleteMany(regex("_id", "^" + PREFIX))).blockOptional()
                .map(result -> result.getDeletedCount()).orElse(0L);
        Mono.from(marks.deleteMany(regex("_id", "^" + StoredHouseholds.COLLECTION + "/" + PREFIX))).block();
        return dropped;
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
