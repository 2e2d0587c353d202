package cn.huiyin.reporting.projections.sink;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.infrastructure.BucketCollections;
import cn.huiyin.reporting.projections.infrastructure.LedgerFact;
import cn.huiyin.reporting.projections.model.BucketKey;
import cn.huiyin.reporting.projections.model.BucketTotals;
import cn.huiyin.reporting.projections.model.Contributions;
import cn.huiyin.reporting.projections.streams.StoredFact;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/**
 * Writes what the topology published into the collections the reports read, in one bulk write per collection and
 * batch. Every write replaces a document by its key unless the stored one is as new or newer ({@code v}), so a
 * batch written twice, an older copy arriving after a newer one, or a former owner of a partition writing late
 * leaves the newest figures in place.
 */
public class ReadModelWriter {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final ReactiveMongoTemplate mongo;
    private final RegionRegistry regions;
    /** Counties and months this process has written to the coverage document already. */
    private final Set<String> coveredCounties = ConcurrentHashMap.newKeySet();
    private final Set<String> coveredMonths = ConcurrentHashMap.newKeySet();

    public ReadModelWriter(ReactiveMongoTemplate mongo, RegionRegistry regions) {
        this.mongo = mongo;
        this.regions = regions;
    }

    /** Buckets by id and facts by call id, each the newest of its batch. */
    public Mono<Void> write(Map<String, BucketTotals> buckets, Map<String, StoredFact> facts) {
        List<WriteModel<Document>> days = new ArrayList<>();
        List<WriteModel<Document>> months = new ArrayList<>();
        buckets.forEach((id, totals) -> (BucketKey.isDayId(id) ? days : months).add(replace(id, totals.version(),
                bucket(id, totals))));
        List<WriteModel<Document>> ledger = new ArrayList<>();
        facts.forEach((callId, stored) -> ledger.add(replace(callId, stored.version(), fact(callId, stored))));
        // coverage first: a reader that finds a bucket's county and month asks for it, so they must be there
        return coverage(buckets.keySet())
                .then(bulk(BucketCollections.DAYS, days))
                .then(bulk(BucketCollections.MONTHS, months))
                .then(bulk(LedgerFact.COLLECTION, ledger));
    }

    private Mono<Void> coverage(Set<String> bucketIds) {
        List<String> counties = new ArrayList<>();
        List<String> monthsSeen = new ArrayList<>();
        for (String id : bucketIds) {
            String county = BucketKey.countyOf(id);
            String month = BucketKey.periodOf(id).substring(0, 7);
            if (!coveredCounties.contains(county)) {
                counties.add(county);
            }
            if (!coveredMonths.contains(month)) {
                monthsSeen.add(month);
            }
        }
        if (counties.isEmpty() && monthsSeen.isEmpty()) {
            return Mono.empty();
        }
        Bson update = Updates.combine(Updates.addEachToSet("counties", counties.stream().distinct().toList()),
                Updates.addEachToSet("months", monthsSeen.stream().distinct().toList()));
        return mongo.getCollection(BucketCollections.COVERAGE)
                .flatMap(collection -> Mono.from(collection.updateOne(Filters.eq("_id", BucketCollections.COVERAGE_ID), update,
                        new UpdateOptions().upsert(true))))
                .doOnSuccess(done -> {
                    coveredCounties.addAll(counties);
                    coveredMonths.addAll(monthsSeen);
                })
                .then();
    }

    private Document bucket(String id, BucketTotals totals) {
        String county = BucketKey.countyOf(id);
        String period = BucketKey.periodOf(id);
        Document document = new Document("_id", id).append("county", county)
                .append("city", regions.cityOf(county)).append("province", regions.provinceOf(county));
        if (BucketKey.isDayId(id)) {
            document.append("day", period);
        }
        return document.append("month", period.substring(0, 7)).append("v", totals.version())
                .append("totals", new Document(new LinkedHashMap<String, Object>(totals.totals())));
    }

    private Document fact(String callId, StoredFact stored) {
        LedgerFact ledger = new LedgerFact(callId, stored.version(), stored.fact().caseCounty(),
                Contributions.dayOf(stored.fact().caseStart()).toString(), stored.fact().trackingNumber(),
                stored.fact());
        Document document = new Document();
        mongo.getConverter().write(ledger, document);
        return document;
    }

    /**
     * {@code {_id, v: {$not: {$gte: version}}}} as one plain document: {@code Filters.and} would wrap it in an
     * {@code $and}, which the embedded wire server cannot serve from the {@code _id} index (it would scan the
     * collection for every write). A document without {@code v} is replaced too.
     */
    static WriteModel<Document> replace(String id, long version, Document document) {
        Document olderThanThis = new Document("_id", id)
                .append("v", new Document("$not", new Document("$gte", version)));
        return new ReplaceOneModel<>(olderThanThis, document, UPSERT);
    }

    private Mono<Void> bulk(String collection, List<WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return Mono.empty();
        }
        return mongo.getCollection(collection)
                .flatMap(target -> Mono.from(target.bulkWrite(writes, new BulkWriteOptions().ordered(false))))
                .onErrorResume(MongoBulkWriteException.class, failure -> onlyStale(failure) ? Mono.empty()
                        : Mono.error(failure))
                .then();
    }

    /** A newer document in place makes the conditional upsert try an insert, which its key refuses: nothing lost. */
    private static boolean onlyStale(MongoBulkWriteException failure) {
        return failure.getWriteConcernError() == null && failure.getWriteErrors().stream()
                .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
    }
}
