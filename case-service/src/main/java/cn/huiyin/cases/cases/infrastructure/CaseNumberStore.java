package cn.huiyin.cases.cases.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.cases.cases.application.CaseNumbers;

import java.util.List;
import java.util.stream.LongStream;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/** Case numbers per county and year, {@code 520526-2020-00012}, from an atomic MongoDB counter. */
public class CaseNumberStore implements CaseNumbers {

    static final String COLLECTION = "case_counters";

    private final ReactiveMongoTemplate mongo;

    public CaseNumberStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One {@code $inc} by {@code count}: a batch of cases takes one round trip per county-year, and the numbers stay
     * gap-free and unique.
     */
    @Override
    public Mono<List<String>> reserve(String countyCode, int year, int count) {
        String counter = countyCode + "-" + year;
        return mongo.findAndModify(Query.query(where("_id").is(counter)), new Update().inc("last", (long) count),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                .map(document -> {
                    long last = ((Number) document.get("last")).longValue();
                    return LongStream.rangeClosed(last - count + 1, last)
                            .mapToObj(n -> counter + "-" + String.format("%05d", n)).toList();
                });
    }
}
