package cn.huiyin.intake.calls.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.intake.calls.application.TrackingSequence;
import cn.huiyin.intake.calls.application.TrackingVoids;
import cn.huiyin.intake.calls.model.TrackingNumber;

import java.time.LocalDate;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * One counter per county and day in {@code tracking_counters}, incremented atomically by MongoDB
 * ({@code findAndModify $inc}), so concurrent calls — on one instance or many — each get the next number, with no
 * gap. A number whose call is then not stored is recorded in {@link TrackingVoids}, so the county-day's ledger
 * accounts for every number drawn.
 */
public class TrackingSequenceStore implements TrackingSequence {

    static final String COLLECTION = "tracking_counters";

    private final ReactiveMongoTemplate mongo;

    public TrackingSequenceStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<TrackingNumber> next(String countyCode, LocalDate day) {
        String counter = TrackingNumber.counterOf(countyCode, day);
        return mongo.findAndModify(Query.query(where("_id").is(counter)), new Update().inc("last", 1L),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                .map(document -> new TrackingNumber(countyCode, day, ((Number) document.get("last")).longValue()))
                // two first calls of a county-day both inserting its counter: the loser finds it on the retry
                .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance));
    }

    @Override
    public Mono<Long> drawn(String countyCode, LocalDate day) {
        return mongo.findById(TrackingNumber.counterOf(countyCode, day), Document.class, COLLECTION)
                .map(document -> ((Number) document.get("last")).longValue())
                .defaultIfEmpty(0L);
    }
}
