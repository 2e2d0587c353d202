package cn.huiyin.reporting.projections.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * The counties and months that have any bucket, so that a report asks for the buckets that exist
 * instead of every county in the country. Written before a month bucket is first created.
 */
public class Coverage {

    private static final String ID = "coverage";

    /** Counties and months seen, sorted. */
    public record Seen(Set<String> counties, Set<String> months) {
    }

    private final ReactiveMongoTemplate mongo;

    Coverage(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> add(String county, String month) {
        return mongo.upsert(Query.query(where("_id").is(ID)),
                new Update().addToSet("counties", county).addToSet("months", month), BucketStore.COVERAGE).then();
    }

    Mono<Seen> seen() {
        return mongo.findById(ID, Document.class, BucketStore.COVERAGE)
                .map(found -> new Seen(sorted(found.getList("counties", String.class)),
                        sorted(found.getList("months", String.class))))
                .defaultIfEmpty(new Seen(Set.of(), Set.of()));
    }

    private static Set<String> sorted(List<String> values) {
        return values == null ? Set.of() : new TreeSet<>(values);
    }
}
