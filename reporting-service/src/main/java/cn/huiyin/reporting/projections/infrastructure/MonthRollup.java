package cn.huiyin.reporting.projections.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.reporting.projections.infrastructure.DirtyMonths.CountyMonth;
import cn.huiyin.reporting.projections.model.BucketKey;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * Makes one county's month bucket the sum of its day buckets. It records the version of each day
 * it summed ({@code sources}), skips the work when the month already saw the day versions it is
 * told of, and otherwise re-sums the whole month: reading the month's version before the days and
 * writing conditionally on it means the last successful write saw every day write before it.
 */
class MonthRollup {

    /** What summing did. */
    enum Outcome { WRITTEN, CURRENT }

    private static final int MAX_ATTEMPTS = 50;

    private final ReactiveMongoTemplate mongo;
    private final Coverage coverage;

    MonthRollup(ReactiveMongoTemplate mongo, Coverage coverage) {
        this.mongo = mongo;
        this.coverage = coverage;
    }

    /** Re-sums the month unless it already saw these day versions ({@code dd -> v}). */
    Mono<Outcome> sum(CountyMonth month, Map<String, Long> dayVersions) {
        return sum(month, dayVersions, 1);
    }

    private Mono<Outcome> sum(CountyMonth month, Map<String, Long> dayVersions, int attempt) {
        if (attempt > MAX_ATTEMPTS) {
            return Mono.error(new IllegalStateException("month bucket " + month.id() + " kept changing under "
                    + MAX_ATTEMPTS + " attempts"));
        }
        return mongo.findById(month.id(), Document.class, BucketStore.MONTHS).defaultIfEmpty(new Document())
                .flatMap(found -> current(found, dayVersions) ? Mono.just(Outcome.CURRENT) : resum(month, found))
                .switchIfEmpty(Mono.defer(() -> sum(month, dayVersions, attempt + 1)));
    }

    static boolean current(Document month, Map<String, Long> dayVersions) {
        Document sources = month.get("sources", Document.class);
        if (sources == null || dayVersions.isEmpty()) {
            return false;
        }
        return dayVersions.entrySet().stream().allMatch(day -> {
            Number seen = sources.get(day.getKey(), Number.class);
            return seen != null && seen.longValue() >= day.getValue();
        });
    }

    /** Sums the month's days and writes it if the month is still at the version read; empty when it was not. */
    private Mono<Outcome> resum(CountyMonth month, Document found) {
        List<String> dayIds = IntStream.rangeClosed(1, month.month().lengthOfMonth())
                .mapToObj(d -> BucketKey.dayId(month.county(), month.month().atDay(d))).toList();
        return mongo.find(Query.query(where("_id").in(dayIds)), Document.class, BucketStore.DAYS).collectList()
                .flatMap(days -> {
                    if (days.isEmpty()) {
                        return Mono.just(Outcome.CURRENT);
                    }
                    Document totals = new Document();
                    Document sources = new Document();
                    for (Document day : days) {
                        Totals.add(totals, day.get("totals", Document.class));
                        sources.put(BucketStore.dayOfMonth(day.getString("_id")), day.get("v"));
                    }
                    return found.isEmpty() ? insert(month, days.get(0), totals, sources)
                            : update(found, totals, sources);
                });
    }

    private Mono<Outcome> insert(CountyMonth month, Document day, Document totals, Document sources) {
        Document bucket = new Document("_id", month.id()).append("county", month.county())
                .append("city", day.get("city")).append("province", day.get("province"))
                .append("month", month.month().toString()).append("v", 1L)
                .append("sources", sources).append("totals", totals);
        return coverage.add(month.county(), month.month().toString())
                .then(mongo.insert(bucket, BucketStore.MONTHS)).thenReturn(Outcome.WRITTEN)
                .onErrorResume(DuplicateKeyException.class, raced -> Mono.empty());
    }

    private Mono<Outcome> update(Document month, Document totals, Document sources) {
        long v = month.get("v", Number.class).longValue();
        Update update = Update.update("totals", totals).set("sources", sources).set("v", v + 1);
        return mongo.updateFirst(Query.query(where("_id").is(month.get("_id")).and("v").is(v)), update,
                        BucketStore.MONTHS)
                .flatMap(result -> result.getModifiedCount() == 1 ? Mono.just(Outcome.WRITTEN) : Mono.empty());
    }
}
