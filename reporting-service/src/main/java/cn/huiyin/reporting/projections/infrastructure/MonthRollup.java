package cn.huiyin.reporting.projections.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.reporting.projections.model.BucketKey;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * Keeps a county's month bucket equal to the sum of its day buckets. It records the version of
 * each day it summed ({@code sources}), skips the work when the month already saw the day's
 * version, and otherwise re-sums the whole month: reading the month's version before the days
 * and writing conditionally on it means the last successful write always saw every day write
 * that preceded it.
 */
class MonthRollup {

    private static final int MAX_ATTEMPTS = 50;

    private final ReactiveMongoTemplate mongo;
    private final Coverage coverage;

    MonthRollup(ReactiveMongoTemplate mongo, Coverage coverage) {
        this.mongo = mongo;
        this.coverage = coverage;
    }

    Coverage coverage() {
        return coverage;
    }

    Mono<Void> refresh(BucketKey bucket) {
        return refresh(bucket, 1);
    }

    private Mono<Void> refresh(BucketKey bucket, int attempt) {
        if (attempt > MAX_ATTEMPTS) {
            return Mono.error(new IllegalStateException("month bucket " + bucket.monthId() + " kept changing under "
                    + MAX_ATTEMPTS + " attempts"));
        }
        Mono<Document> month = mongo.findById(bucket.monthId(), Document.class, BucketStore.MONTHS)
                .defaultIfEmpty(new Document());
        Mono<Document> day = mongo.findById(bucket.id(), Document.class, BucketStore.DAYS);
        return Mono.zip(month, day)
                .flatMap(both -> current(both.getT1(), both.getT2()) ? Mono.just(true) : resum(bucket, both.getT1()))
                .switchIfEmpty(Mono.defer(() -> refresh(bucket, attempt + 1).thenReturn(true)))
                .then();
    }

    private static boolean current(Document month, Document day) {
        Document sources = month.get("sources", Document.class);
        Number seen = sources == null ? null : sources.get(BucketStore.dayOfMonth(day.getString("_id")), Number.class);
        return seen != null && seen.longValue() >= day.get("v", Number.class).longValue();
    }

    /** Sums the month's days and writes it if the month is still at the version read; empty when it was not. */
    private Mono<Boolean> resum(BucketKey bucket, Document month) {
        YearMonth ym = bucket.month();
        List<String> dayIds = IntStream.rangeClosed(1, ym.lengthOfMonth())
                .mapToObj(d -> BucketKey.dayId(bucket.countyCode(), ym.atDay(d))).toList();
        return mongo.find(Query.query(where("_id").in(dayIds)), Document.class, BucketStore.DAYS).collectList()
                .flatMap(days -> {
                    Document totals = new Document();
                    Document sources = new Document();
                    for (Document day : days) {
                        Totals.add(totals, day.get("totals", Document.class));
                        sources.put(BucketStore.dayOfMonth(day.getString("_id")), day.get("v"));
                    }
                    return month.isEmpty() ? insert(bucket, days.get(0), totals, sources)
                            : update(month, totals, sources);
                });
    }

    private Mono<Boolean> insert(BucketKey bucket, Document day, Document totals, Document sources) {
        Document month = new Document("_id", bucket.monthId()).append("county", bucket.countyCode())
                .append("city", day.get("city")).append("province", day.get("province"))
                .append("month", bucket.month().toString()).append("v", 1L)
                .append("sources", sources).append("totals", totals);
        return coverage.add(bucket.countyCode(), bucket.month().toString())
                .then(mongo.insert(month, BucketStore.MONTHS)).thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, raced -> Mono.empty());
    }

    private Mono<Boolean> update(Document month, Document totals, Document sources) {
        long v = month.get("v", Number.class).longValue();
        Update update = Update.update("totals", totals).set("sources", sources).set("v", v + 1);
        return mongo.updateFirst(Query.query(where("_id").is(month.get("_id")).and("v").is(v)), update,
                        BucketStore.MONTHS)
                .flatMap(result -> result.getModifiedCount() == 1 ? Mono.just(true) : Mono.empty());
    }
}
