package cn.huiyin.reporting.summary.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.reporting.projections.infrastructure.BucketCollections;
import cn.huiyin.reporting.summary.application.ReportBuckets;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the buckets the read model's sink wrote into MongoDB ({@link BucketCollections}), by {@code _id} only. */
public class BucketStore implements ReportBuckets {

    private static final int ID_SLICE = 2_000;

    private final ReactiveMongoTemplate mongo;

    public BucketStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Flux<Bucket> days(Collection<String> ids) {
        return byIds(BucketCollections.DAYS, ids);
    }

    @Override
    public Flux<Bucket> months(Collection<String> ids) {
        return byIds(BucketCollections.MONTHS, ids);
    }

    @Override
    public Mono<Coverage> coverage() {
        return mongo.findById(BucketCollections.COVERAGE_ID, Document.class, BucketCollections.COVERAGE)
                .map(found -> new Coverage(sorted(found.getList("counties", String.class)),
                        sorted(found.getList("months", String.class))))
                .defaultIfEmpty(new Coverage(Set.of(), Set.of()));
    }

    /** Asked for in slices, so that no single query carries an unbounded list of ids. */
    private Flux<Bucket> byIds(String collection, Collection<String> ids) {
        return Flux.fromIterable(ids).buffer(ID_SLICE)
                .concatMap(slice -> mongo.find(Query.query(where("_id").in(slice)), Document.class, collection))
                .map(BucketStore::bucket);
    }

    @SuppressWarnings("unchecked")
    private static Bucket bucket(Document document) {
        Object totals = document.get("totals");
        return new Bucket(document.getString("county"), YearMonth.parse(document.getString("month")),
                totals == null ? Map.of() : (Map<String, Object>) totals);
    }

    private static Set<String> sorted(List<String> values) {
        return values == null ? Set.of() : new TreeSet<>(values);
    }
}
