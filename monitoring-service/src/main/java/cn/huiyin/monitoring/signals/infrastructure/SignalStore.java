package cn.huiyin.monitoring.signals.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.monitoring.households.application.KnownSignals;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.SignalSource;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The signals collection: every sign of risk with its source, matched to a household or waiting for one. */
public class SignalStore implements KnownSignals {

    public static final String COLLECTION = "signals";

    private final ReactiveMongoTemplate mongo;

    public SignalStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> ensureIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        return indexes.createIndex(new Index("householdId", Sort.Direction.ASC).named("household"))
                .then(indexes.createIndex(new Index("idFingerprint", Sort.Direction.ASC).named("fingerprint")))
                .then(indexes.createIndex(new Index("signalId", Sort.Direction.ASC).unique().named("signal_id")))
                .then();
    }

    public Mono<Signal> insert(Signal signal) {
        return mongo.insert(signal, COLLECTION);
    }

    /**
     * Stores the signals not stored before (by {@code signalId}: a department's re-sent batch, a redelivered event)
     * and returns those: one read of the batch's ids, one insert. A copy written meanwhile by a concurrent request
     * fails the insert on the unique index, and the batch is sorted again.
     */
    public Flux<Signal> insertAll(List<Signal> signals) {
        if (signals.isEmpty()) {
            return Flux.empty();
        }
        List<String> ids = signals.stream().map(Signal::signalId).toList();
        Query stored = Query.query(where("signalId").in(ids));
        stored.fields().include("signalId");
        return mongo.find(stored, org.bson.Document.class, COLLECTION).map(d -> d.getString("signalId"))
                .collect(java.util.stream.Collectors.toSet())
                .flatMapMany(known -> {
                    List<Signal> fresh = signals.stream().filter(s -> !known.contains(s.signalId())).toList();
                    return fresh.isEmpty() ? Flux.<Signal>empty() : mongo.insert(fresh, COLLECTION);
                })
                .onErrorResume(org.springframework.dao.DuplicateKeyException.class, raced -> insertAll(signals));
    }

    @Override
    public Flux<Signal> ofHousehold(String householdId) {
        return mongo.find(Query.query(where("householdId").is(householdId)), Signal.class, COLLECTION);
    }

    @Override
    public Flux<Signal> ofHouseholds(Collection<String> householdIds) {
        return mongo.find(Query.query(where("householdId").in(householdIds)), Signal.class, COLLECTION);
    }

    /** Signals waiting for a household, oldest first, of one source or all. */
    public Flux<Signal> unmatched(SignalSource source, int limit) {
        Query query = Query.query(source == null ? where("householdId").is(null)
                : where("householdId").is(null).and("source").is(source.name()));
        return mongo.find(query.with(Sort.by("receivedAt")).limit(limit), Signal.class, COLLECTION);
    }

    public Mono<Long> countUnmatched() {
        return mongo.count(Query.query(where("householdId").is(null)), COLLECTION);
    }

    /**
     * Attaches the waiting signals of a person to the household they turned out to head, and returns them: one read
     * and one update, only when a household's head is registered or changes.
     */
    @Override
    public Flux<Signal> attach(String idFingerprint, String householdId) {
        Query waiting = Query.query(where("idFingerprint").is(idFingerprint).and("householdId").is(null));
        return mongo.find(waiting, Signal.class, COLLECTION).collectList().flatMapMany(found -> found.isEmpty()
                ? Flux.empty()
                : mongo.updateMulti(Query.query(where("signalId").in(found.stream().map(Signal::signalId).toList())
                                .and("householdId").is(null)), new Update().set("householdId", householdId), COLLECTION)
                        .thenMany(Flux.fromIterable(found)));
    }
}
