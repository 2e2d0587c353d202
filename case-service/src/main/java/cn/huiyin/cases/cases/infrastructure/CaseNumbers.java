package cn.huiyin.cases.cases.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/** Case numbers per county and year, {@code 520526-2020-00012}, from an atomic MongoDB counter. */
public class CaseNumbers {

    static final String COLLECTION = "case_counters";

    private final ReactiveMongoTemplate mongo;

    public CaseNumbers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<String> next(String countyCode, int year) {
        String counter = countyCode + "-" + year;
        return mongo.findAndModify(Query.query(where("_id").is(counter)), new Update().inc("last", 1L),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                .map(document -> counter + "-" + String.format("%05d", ((Number) document.get("last")).longValue()));
    }
}
