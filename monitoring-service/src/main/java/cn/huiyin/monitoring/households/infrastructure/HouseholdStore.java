package cn.huiyin.monitoring.households.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.chassis.outbox.OutboxRelay;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The households collection: versioned writes that push new events onto the outbox, and reads. */
public class HouseholdStore {

    private static final String ID_INDEX = "_id_";

    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;

    public HouseholdStore(ReactiveMongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * {@code id_version} serves the version-conditional writes. MongoDB finds them by {@code _id}
     * alone; the embedded wire server uses an index only when its fields are exactly the query's,
     * and would otherwise read the whole collection for every write.
     */
    public Mono<Void> ensureIndexes() {
        var indexes = mongo.indexOps(HouseholdDocument.class);
        return indexes.createIndex(new Index(HouseholdDocument.path("head.idFingerprint"), Sort.Direction.ASC)
                        .named("head_fingerprint"))
                .then(indexes.createIndex(new Index(HouseholdDocument.path("countyCode"), Sort.Direction.ASC)
                        .on("assessment.level", Sort.Direction.ASC).named("county_level")))
                .then(indexes.createIndex(new Index("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                        .unique().named("id_version")))
                .then();
    }

    /** The relay's mark comes first, so a household holding events is always found by the sweep. */
    public Mono<Void> marked(String householdId, List<OutboxEvent> events) {
        return events.isEmpty() ? Mono.empty() : relay.expect(HouseholdDocument.COLLECTION, householdId);
    }

    public Mono<HouseholdDocument> findById(String id) {
        return mongo.findById(id, HouseholdDocument.class);
    }

    /**
     * Every household id from one cursor. The hint makes it a covered scan of the {@code _id} index on
     * MongoDB (no document is read); the embedded wire server ignores it and keeps only the ids.
     */
    public Flux<String> ids() {
        Query everyId = new Query().withHint(ID_INDEX);
        everyId.fields().include("_id");
        return mongo.find(everyId, Document.class, HouseholdDocument.COLLECTION).map(id -> id.getString("_id"));
    }

    public Flux<HouseholdDocument> findAll(Collection<String> ids) {
        return mongo.find(Query.query(where("_id").in(ids)), HouseholdDocument.class);
    }

    public Flux<HouseholdDocument> findByFingerprints(Collection<String> fingerprints) {
        return mongo.find(Query.query(where(HouseholdDocument.path("head.idFingerprint")).in(fingerprints)),
                HouseholdDocument.class);
    }

    public Flux<HouseholdDocument> find(Query query) {
        return mongo.find(query, HouseholdDocument.class);
    }

    public Mono<Long> count(Query query) {
        return mongo.count(query, HouseholdDocument.class);
    }

    /** The first write of a household; DuplicateKeyException when another writer created it first. */
    public Mono<HouseholdDocument> insert(HouseholdDocument document, List<OutboxEvent> events) {
        return marked(document.id(), events).then(mongo.insert(new HouseholdDocument(document.id(), 1, document.data(), document.assessment(),
                document.plan(), document.lastVisit(), document.lastContact(), document.firstSignalAt(), events)));
    }

    /**
     * Writes the household if nobody wrote it since it was read; new events are pushed onto the
     * outbox. The document returned holds only the new events, the ones its caller dispatches.
     */
    public Mono<HouseholdDocument> save(HouseholdDocument read, HouseholdDocument next, List<OutboxEvent> events) {
        Update update = new Update().set("version", read.version() + 1).set("data", next.data())
                .set("assessment", next.assessment()).set("plan", next.plan()).set("lastVisit", next.lastVisit())
                .set("lastContact", next.lastContact()).set("firstSignalAt", next.firstSignalAt());
        if (!events.isEmpty()) {
            update.push(OutboxEvent.FIELD).each(events.toArray());
        }
        return marked(read.id(), events).then(mongo.updateFirst(
                        Query.query(where("_id").is(read.id()).and("version").is(read.version())), update,
                        HouseholdDocument.class))
                .flatMap(result -> result.getMatchedCount() == 1
                        ? Mono.just(new HouseholdDocument(next.id(), read.version() + 1, next.data(),
                                next.assessment(), next.plan(), next.lastVisit(), next.lastContact(),
                                next.firstSignalAt(), events))
                        : Mono.error(new OptimisticLockingFailureException("household " + read.id()
                                + " was changed by someone else")));
    }
}
