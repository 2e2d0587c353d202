package cn.huiyin.reporting.projections.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The read model's buckets as the reports read them: a county's day or month ({@code {_id: "520526|2020-01",
 * county, city, province, month, day?, v, totals}}) and the counties and months that have any. Written by
 * {@code ReadModelWriter}; read by {@code _id} only, which every MongoDB serves from its primary index.
 */
public class Buckets {

    public static final String DAYS = "report_days";
    public static final String MONTHS = "report_months";
    public static final String COVERAGE = "report_coverage";
    public static final String COVERAGE_ID = "coverage";
    private static final int ID_SLICE = 2_000;

    /** Counties and months seen, sorted. */
    public record Seen(Set<String> counties, Set<String> months) {
    }

    private final ReactiveMongoTemplate mongo;

    public Buckets(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Flux<Document> days(Collection<String> ids) {
        return byIds(DAYS, ids);
    }

    public Flux<Document> months(Collection<String> ids) {
        return byIds(MONTHS, ids);
    }

    public Mono<Seen> coverage() {
        return mongo.findById(COVERAGE_ID, Document.class, COVERAGE)
                .map(found -> new Seen(sorted(found.getList("counties", String.class)),
                        sorted(found.getList("months", String.class))))
                .defaultIfEmpty(new Seen(Set.of(), Set.of()));
    }

    /** Asked for in slices, so that no single query carries an unbounded list of ids. */
    private Flux<Document> byIds(String collection, Collection<String> ids) {
        return Flux.fromIterable(ids).buffer(ID_SLICE)
                .concatMap(slice -> mongo.find(Query.query(where("_id").in(slice)), Document.class, collection));
    }

    private static Set<String> sorted(List<String> values) {
        return values == null ? Set.of() : new TreeSet<>(values);
    }
}
