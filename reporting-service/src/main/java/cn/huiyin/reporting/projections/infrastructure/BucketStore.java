package cn.huiyin.reporting.projections.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.reporting.projections.model.BucketKey;
import cn.huiyin.reporting.projections.model.Entry;
import cn.huiyin.regions.RegionRegistry;

import java.util.Collection;
import java.util.LinkedHashMap;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Day buckets (a county's day: its entries and their totals) and month buckets (a county's month:
 * the sum of its day totals, kept by {@link MonthRollups} in rounds shortly after the days). Every
 * write is a compare-and-set on the bucket's version, and every total is recomputed from what it
 * sums, never incremented, so a retried or repeated write leaves the same numbers. Reads go by
 * {@code _id} only, which every MongoDB serves from its primary index.
 */
public class BucketStore {

    public static final String DAYS = "report_days";
    public static final String MONTHS = "report_months";
    static final String COVERAGE = "report_coverage";
    private static final int MAX_ATTEMPTS = 50;
    private static final int ID_SLICE = 2_000;

    /** What putting an entry did; {@code ADDED} is the first time the bucket heard of the key. */
    public enum Put { ADDED, CHANGED, UNCHANGED }

    /** What putting did, and the day's version after it. */
    private record Placed(Put put, long dayVersion) {
    }

    private final ReactiveMongoTemplate mongo;
    private final RegionRegistry regions;
    private final MonthRollups rollups;

    public BucketStore(ReactiveMongoTemplate mongo, RegionRegistry regions, MonthRollups rollups) {
        this.mongo = mongo;
        this.regions = regions;
        this.rollups = rollups;
    }

    /** {@code id_v} serves the compare-and-set writes on the embedded server (see {@code FactStore.ensureIndexes}). */
    public Mono<Void> ensureIndexes() {
        return Flux.just(DAYS, MONTHS).concatMap(collection -> mongo.indexOps(collection).createIndex(
                new Index("_id", Sort.Direction.ASC).on("v", Sort.Direction.ASC).unique().named("id_v"))).then();
    }

    /**
     * Sets the entry in its day bucket unless the bucket holds it from {@code version} or later, then
     * marks the month for the next rollup, unchanged days included: marking is free, and a month
     * that already saw the day costs the round one read.
     */
    public Mono<Put> put(Entry entry, long version) {
        return putInDay(entry, version, 1).map(placed -> {
            rollups.dayWritten(entry.bucket(), placed.dayVersion());
            return placed.put();
        });
    }

    public Flux<Document> days(Collection<String> ids) {
        return byIds(DAYS, ids);
    }

    public Flux<Document> months(Collection<String> ids) {
        return byIds(MONTHS, ids);
    }

    /** Day buckets with their entries, for the ledger: which calls and cases each day holds. */
    public Flux<Document> daysWithEntries(Collection<String> ids) {
        return ids.isEmpty() ? Flux.empty() : mongo.find(Query.query(where("_id").in(ids)), Document.class, DAYS);
    }

    public Mono<Coverage.Seen> coverage() {
        return rollups.coverage().seen();
    }

    /** Totals only, asked for in slices so that no single query carries an unbounded list of ids. */
    private Flux<Document> byIds(String collection, Collection<String> ids) {
        return Flux.fromIterable(ids).buffer(ID_SLICE).concatMap(slice -> {
            Query query = Query.query(where("_id").in(slice));
            query.fields().exclude("entries").exclude("sources");
            return mongo.find(query, Document.class, collection);
        });
    }

    private Mono<Placed> putInDay(Entry entry, long version, int attempt) {
        if (attempt > MAX_ATTEMPTS) {
            return Mono.error(new IllegalStateException("day bucket " + entry.bucket().id() + " kept changing under "
                    + MAX_ATTEMPTS + " attempts"));
        }
        return mongo.findById(entry.bucket().id(), Document.class, DAYS)
                .flatMap(day -> update(day, entry, version))
                .switchIfEmpty(Mono.defer(() -> insert(entry, version)))
                .switchIfEmpty(Mono.defer(() -> putInDay(entry, version, attempt + 1)));
    }

    private Mono<Placed> insert(Entry entry, long version) {
        BucketKey key = entry.bucket();
        Document entries = new Document(entry.key(), entryDocument(entry, version));
        Document day = new Document("_id", key.id()).append("county", key.countyCode())
                .append("city", regions.cityOf(key.countyCode())).append("province", regions.provinceOf(key.countyCode()))
                .append("day", key.day().toString()).append("month", key.month().toString()).append("v", 1L)
                .append("entries", entries).append("totals", Totals.of(entries));
        return mongo.insert(day, DAYS).thenReturn(new Placed(Put.ADDED, 1L))
                .onErrorResume(DuplicateKeyException.class, raced -> Mono.empty());
    }

    private Mono<Placed> update(Document day, Entry entry, long version) {
        Document entries = day.get("entries", Document.class);
        Document existing = entries.get(entry.key(), Document.class);
        long v = day.get("v", Number.class).longValue();
        if (existing != null && existing.get("v", Number.class).longValue() >= version) {
            return Mono.just(new Placed(Put.UNCHANGED, v));
        }
        entries.put(entry.key(), entryDocument(entry, version));
        Update update = Update.update("entries." + entry.key(), entryDocument(entry, version))
                .set("totals", Totals.of(entries)).set("v", v + 1);
        Placed placed = new Placed(existing == null ? Put.ADDED : Put.CHANGED, v + 1);
        return mongo.updateFirst(Query.query(where("_id").is(day.get("_id")).and("v").is(v)), update, DAYS)
                .flatMap(result -> result.getModifiedCount() == 1 ? Mono.just(placed) : Mono.empty());
    }

    private static Document entryDocument(Entry entry, long version) {
        return new Document("v", version).append("c", new Document(new LinkedHashMap<String, Object>(entry.counts())));
    }

    static String dayOfMonth(String dayId) {
        return dayId.substring(dayId.length() - 2);
    }
}
