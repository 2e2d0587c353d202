package cn.huiyin.intake.calls.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.outbox.OutboxRelay;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The calls collection: reservations, completion, reads and the searches behind the call list. */
public class CallStore {

    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;

    public CallStore(ReactiveMongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public Mono<Void> ensureIndexes() {
        var indexes = mongo.indexOps(CallDocument.class);
        return indexes.createIndex(new Index("idempotencyKey", Sort.Direction.ASC).unique().named("idempotency"))
                .then(indexes.createIndex(new Index("trackingNumber", Sort.Direction.ASC).unique().sparse()
                        .named("tracking_number")))
                .then(indexes.createIndex(new Index("caller.ref", Sort.Direction.ASC)
                        .on("receivedAt", Sort.Direction.DESC).named("caller_history")))
                .then(indexes.createIndex(new Index("regionPath", Sort.Direction.ASC)
                        .on("receivedAt", Sort.Direction.DESC).named("region_time")))
                .then();
    }

    /** Inserts the reservation; fails with DuplicateKeyException when the key is taken. */
    public Mono<CallDocument> reserve(String id, String idempotencyKey, String requestHash, String clientSubject,
            String externalId, Instant now) {
        return mongo.insert(CallDocument.reservation(id, idempotencyKey, requestHash, clientSubject, externalId, now));
    }

    public Mono<CallDocument> findByIdempotencyKey(String key) {
        return mongo.findOne(Query.query(where("idempotencyKey").is(key)), CallDocument.class);
    }

    public Mono<CallDocument> findById(String callId) {
        return mongo.findById(callId, CallDocument.class)
                .filter(CallDocument::accepted);
    }

    public Mono<CallDocument> findByTrackingNumber(String trackingNumber) {
        return mongo.findOne(Query.query(where("trackingNumber").is(trackingNumber)), CallDocument.class);
    }

    /** Completes a reservation that is still pending; empty when another worker completed it first. */
    public Mono<CallDocument> complete(CallDocument accepted) {
        Query stillPending = Query.query(where("_id").is(accepted.id()).and("state").is(CallDocument.State.PENDING)
                .and("reservedAt").is(accepted.reservedAt()));
        // the relay's mark comes first, so a call holding its event is always found by the sweep
        return relay.expect(CallDocument.COLLECTION, accepted.id()).then(replaced(stillPending, accepted));
    }

    /** Takes over a reservation whose worker vanished, by renewing its time. */
    public Mono<CallDocument> takeOver(CallDocument stale, Instant now) {
        CallDocument renewed = CallDocument.reservation(stale.id(), stale.idempotencyKey(), stale.requestHash(),
                stale.clientSubject(), stale.externalId(), now);
        Query unchanged = Query.query(where("_id").is(stale.id()).and("state").is(CallDocument.State.PENDING)
                .and("reservedAt").is(stale.reservedAt()));
        return replaced(unchanged, renewed);
    }

    /** Replaces the document the query still matches; empty when it no longer does. */
    private Mono<CallDocument> replaced(Query query, CallDocument replacement) {
        return mongo.replace(query, replacement)
                .filter(result -> result.getMatchedCount() == 1)
                .map(result -> replacement);
    }

    public Flux<CallDocument> search(List<String> regions, Instant from, Instant to, List<String> types, int page,
            int size) {
        return mongo.find(searchQuery(regions, from, to, types)
                .with(Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("_id")))
                .skip((long) page * size).limit(size), CallDocument.class);
    }

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
