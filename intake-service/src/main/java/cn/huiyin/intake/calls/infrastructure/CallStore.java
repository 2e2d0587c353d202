package cn.huiyin.intake.calls.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.intake.calls.application.Calls;
import cn.huiyin.intake.calls.application.Posting;
import cn.huiyin.intake.calls.application.StoredPost;
import cn.huiyin.intake.calls.model.Call;
import cn.huiyin.intake.calls.model.TrackingNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The calls collection: the one write of an accepted call with its event, reads, the searches behind the call list
 * and the tracking numbers behind a county-day's ledger.
 */
public class CallStore implements Calls {

    static final String IDEMPOTENCY_INDEX = "idempotency";
    static final String TRACKING_NUMBER_INDEX = "tracking_number";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public CallStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Mono<Void> ensureIndexes() {
        var indexes = mongo.indexOps(CallDocument.class);
        return indexes.createIndex(new Index("idempotencyKey", Sort.Direction.ASC).unique().named(IDEMPOTENCY_INDEX))
                .then(indexes.createIndex(new Index("trackingNumber", Sort.Direction.ASC).unique().sparse()
                        .named(TRACKING_NUMBER_INDEX)))
                .then(indexes.createIndex(new Index("regionPath", Sort.Direction.ASC)
                        .on("receivedAt", Sort.Direction.DESC).named("region_time")))
                .then();
    }

    @Override
    public Mono<Call> insert(Posting posting, Call accepted, List<? extends Record> events) {
        CallDocument call = CallDocument.accepted(posting, accepted);
        return outbox.save(CallDocument.COLLECTION, call.id(), events, stored -> mongo.insert(call.withOutbox(stored)))
                .map(CallDocument::toCall);
    }

    /** Names only the index a duplicate key was found in: the failure's message quotes the key. */
    @Override
    public String whyNotStored(Throwable failure) {
        if (failure instanceof DuplicateKeyException) {
            String message = String.valueOf(failure.getMessage());
            return message.contains("index: " + IDEMPOTENCY_INDEX + " ") ? "external id already taken"
                    : message.contains("index: " + TRACKING_NUMBER_INDEX + " ") ? "tracking number already taken"
                    : "duplicate key";
        }
        return "call not stored";
    }

    @Override
    public Mono<StoredPost> findByIdempotencyKey(String idempotencyKey) {
        return mongo.findOne(Query.query(where("idempotencyKey").is(idempotencyKey)), CallDocument.class)
                .map(CallDocument::toStoredPost);
    }

    @Override
    public Mono<Boolean> discard(StoredPost pending) {
        return mongo.remove(Query.query(where("_id").is(pending.callId()).and("state")
                        .is(CallDocument.State.PENDING)), CallDocument.class)
                .map(result -> result.getDeletedCount() == 1);
    }

    @Override
    public Mono<Call> findById(String callId) {
        return mongo.findById(callId, CallDocument.class)
                .filter(CallDocument::accepted)
                .map(CallDocument::toCall);
    }

    /** A range of the unique index on the number, reading only the numbers. */
    @Override
    public Flux<TrackingNumber> trackingNumbers(String countyCode, LocalDate day) {
        Query range = Query.query(where("trackingNumber")
                .gte(new TrackingNumber(countyCode, day, 1).toString())
                .lte(new TrackingNumber(countyCode, day, TrackingNumber.MAX_SEQUENCE).toString())
                .and("state").is(CallDocument.State.ACCEPTED));
        range.fields().include("trackingNumber").exclude("_id");
        return mongo.find(range, Document.class, CallDocument.COLLECTION)
                .map(call -> TrackingNumber.parse(call.getString("trackingNumber")));
    }

    @Override
    public Flux<Call> search(List<String> regions, Instant from, Instant to, List<String> types, int page, int size) {
        return mongo.find(searchQuery(regions, from, to, types)
                        .with(Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("_id")))
                        .skip((long) page * size).limit(size), CallDocument.class)
                .map(CallDocument::toCall);
    }

    @Override
    public Mono<Long> count(List<String> regions, Instant from, Instant to, List<String> types) {
        return mongo.count(searchQuery(regions, from, to, types), CallDocument.class);
    }

    private static Query searchQuery(List<String> regions, Instant from, Instant to, List<String> types) {
        Criteria criteria = where("state").is(CallDocument.State.ACCEPTED).and("regionPath").in(regions);
        if (from != null || to != null) {
            Criteria time = criteria.and("receivedAt");
            if (from != null) {
                time.gte(from);
            }
            if (to != null) {
                time.lt(to);
            }
        }
        if (types != null && !types.isEmpty()) {
            criteria.and("type").in(types);
        }
        return Query.query(criteria);
    }
}
