package cn.huiyin.monitoring.households.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.outbox.OutboxEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
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
    private final Outbox outbox;

    public HouseholdStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
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

    public Mono<HouseholdDocument> findById(String id) {
        return mongo.findById(id, HouseholdDocument.class);
    }

    /**
     * Every household id from one cursor. The hint makes it a covered scan of the {@code _id} index on
     * MongoDB (no document is read); the embedded wire server ignores it and keeps only the ids.
     */
    public Flux<String> ids() {
        return idsAfter(null);
    }

    /**
     * The household ids after {@code lastId} (all if null), in {@code _id} order, which a resumed walk relies on.
     * On MongoDB the hinted scan of the {@code _id} index returns them in that order, and the embedded platform
     * keeps its documents so; the ids are still sorted here (linear when they come sorted), since not every
     * server does (the test server returns insertion order), and a server-side sort would make the embedded
     * server hold every whole document before projecting it to its id. Costs about 100 bytes per household.
     */
    public Flux<String> idsAfter(String lastId) {
        Query everyId = (lastId == null ? new Query() : Query.query(where("_id").gt(lastId))).withHint(ID_INDEX);
        everyId.fields().include("_id");
        return mongo.find(everyId, Document.class, HouseholdDocument.COLLECTION).map(id -> id.getString("_id"))
                .collectList().flatMapIterable(ids -> {
                    List<String> sorted = new ArrayList<>(ids);
                    sorted.sort(null);
                    return sorted;
                });
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

    /** The first write of a household, with its events; DuplicateKeyException when another writer created it first. */
    public Mono<HouseholdDocument> insert(HouseholdDocument document, List<? extends Record> changeEvents) {
        return outbox.save(HouseholdDocument.COLLECTION, document.id(), changeEvents,
                events -> mongo.insert(new HouseholdDocument(document.id(), 1, document.data(), document.assessment(),
                        document.plan(), document.lastVisit(), document.lastContact(), document.firstSignalAt(),
                        events)));
    }

    /**
     * Writes the household if nobody wrote it since it was read; new events are pushed onto the
     * outbox. The document returned holds only the new events, the ones the outbox sends.
     */
    public Mono<HouseholdDocument> save(HouseholdDocument read, HouseholdDocument next,
            List<? extends Record> changeEvents) {
        return outbox.save(HouseholdDocument.COLLECTION, read.id(), changeEvents, events -> {
            Update update = new Update().set("version", read.version() + 1).set("data", next.data())
                    .set("assessment", next.assessment()).set("plan", next.plan()).set("lastVisit", next.lastVisit())
                    .set("lastContact", next.lastContact()).set("firstSignalAt", next.firstSignalAt());
            if (!events.isEmpty()) {
                update.push(OutboxEvent.FIELD).each(events.toArray());
            }
            return mongo.updateFirst(Query.query(where("_id").is(read.id()).and("version").is(read.version())),
                            update, HouseholdDocument.class)
                    .flatMap(result -> result.getMatchedCount() == 1
                            ? Mono.just(new HouseholdDocument(next.id(), read.version() + 1, next.data(),
                                    next.assessment(), next.plan(), next.lastVisit(), next.lastContact(),
                                    next.firstSignalAt(), events))
                            : Mono.error(new OptimisticLockingFailureException("household " + read.id()
                                    + " was changed by someone else")));
        });
    }

    /** A household's new assessment, written if it is still at the version read, with the events it caused. */
    public record Reassessment(String householdId, long versionRead, StoredAssessment assessment,
            List<? extends Record> events) {
    }

    /**
     * Many households' new assessments in one unordered bulk write, each conditional on the version
     * read (a household written meanwhile is left alone: that write rescored it); their events are
     * left to the sweep, since the bulk does not say which updates matched. Returns how many were modified.
     */
    public Mono<Long> saveAll(List<Reassessment> reassessments) {
        Map<String, Reassessment> byId = reassessments.stream()
                .collect(Collectors.toMap(Reassessment::householdId, Function.identity()));
        List<Outbox.Change<String>> changes = reassessments.stream()
                .map(change -> new Outbox.Change<String>(change.householdId(), change.events()))
                .toList();
        return outbox.saveAllForSweep(HouseholdDocument.COLLECTION, changes, staged -> {
            var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, HouseholdDocument.class);
            for (Outbox.Staged<String> change : staged) {
                Reassessment reassessment = byId.get(change.documentId());
                Update update = new Update().set("assessment", reassessment.assessment())
                        .set("version", reassessment.versionRead() + 1);
                if (!change.events().isEmpty()) {
                    update.push(OutboxEvent.FIELD).each(change.events().toArray());
                }
                bulk.updateOne(Query.query(where("_id").is(change.documentId())
                        .and("version").is(reassessment.versionRead())), update);
            }
            return bulk.execute().map(result -> (long) result.getModifiedCount());
        });
    }
}
