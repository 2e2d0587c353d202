package cn.huiyin.monitoring.households.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.events.HouseholdMonitoringChanged;
import cn.huiyin.monitoring.households.application.HouseholdFilter;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;

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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The households collection: versioned writes that push new events onto the outbox, and reads. */
public class HouseholdStore implements Households {

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

    @Override
    public Mono<MonitoredHousehold> findById(String id) {
        return mongo.findById(id, HouseholdDocument.class).map(HouseholdDocument::household);
    }

    /**
     * Every household id from one cursor. The hint makes it a covered scan of the {@code _id} index on
     * MongoDB (no document is read); the embedded wire server ignores it and keeps only the ids.
     */
    Flux<String> ids() {
        return idsAfter(null);
    }

    /**
     * The household ids after {@code lastId} (all if null), in {@code _id} order, which a resumed walk relies on.
     * On MongoDB the hinted scan of the {@code _id} index returns them in that order, and the embedded platform
     * keeps its documents so; the ids are still sorted here (linear when they come sorted), since not every
     * server does (the test server returns insertion order), and a server-side sort would make the embedded
     * server hold every whole document before projecting it to its id. Costs about 100 bytes per household.
     */
    @Override
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

    @Override
    public Flux<MonitoredHousehold> findAll(Collection<String> ids) {
        return mongo.find(Query.query(where("_id").in(ids)), HouseholdDocument.class).map(HouseholdDocument::household);
    }

    @Override
    public Flux<MonitoredHousehold> findByFingerprints(Collection<String> fingerprints) {
        return mongo.find(Query.query(where(HouseholdDocument.path("head.idFingerprint")).in(fingerprints)),
                HouseholdDocument.class).map(HouseholdDocument::household);
    }

    @Override
    public Flux<MonitoredHousehold> find(HouseholdFilter filter, Order order, long skip, int limit) {
        Sort sort = switch (order) {
            case ID -> Sort.by("_id");
            case SCORE_DESCENDING -> Sort.by(Sort.Direction.DESC, "assessment.score").and(Sort.by("_id"));
            case WAITING_LONGEST -> Sort.by("pending.since").and(Sort.by("_id"));
        };
        return mongo.find(Query.query(criteria(filter)).with(sort).skip(skip).limit(limit), HouseholdDocument.class)
                .map(HouseholdDocument::household);
    }

    @Override
    public Mono<Long> count(HouseholdFilter filter) {
        return mongo.count(Query.query(criteria(filter)), HouseholdDocument.class);
    }

    /** The filter as a query: the regions by county code (a prefix above county level), then the other criteria. */
    static Criteria criteria(HouseholdFilter filter) {
        List<Criteria> all = new ArrayList<>();
        List<Criteria> any = new ArrayList<>();
        for (String code : filter.regions()) {
            any.add(code.length() >= 6 ? where(HouseholdDocument.path("countyCode")).is(code)
                    : where(HouseholdDocument.path("countyCode")).regex("^" + code));
            if (code.length() >= 9) {
                any.add(where(HouseholdDocument.path("regionCode")).regex("^" + code));
            }
        }
        all.add(any.isEmpty() ? where("_id").is(null) : new Criteria().orOperator(any));
        if (filter.status() != null) {
            all.add(where(HouseholdDocument.path("status")).is(filter.status().name()));
        }
        if (filter.level() != null) {
            all.add(where("assessment.level").is(filter.level().name()));
        }
        if (filter.factor() != null) {
            all.add(where("assessment.factors").is(filter.factor().name()));
        }
        if (filter.helper() != null) {
            all.add(where(HouseholdDocument.path("helper.name")).is(filter.helper()));
        }
        if (filter.waiting()) {
            all.add(where("pending").ne(null));
        }
        return new Criteria().andOperator(all);
    }

    @Override
    public Mono<MonitoredHousehold> insert(MonitoredHousehold household, List<HouseholdMonitoringChanged> events) {
        return outbox.save(HouseholdDocument.COLLECTION, household.id(), events,
                staged -> mongo.insert(HouseholdDocument.of(household.atVersion(1), staged))
                        .map(HouseholdDocument::household));
    }

    @Override
    public Mono<MonitoredHousehold> save(MonitoredHousehold read, MonitoredHousehold next,
            List<HouseholdMonitoringChanged> events) {
        return outbox.save(HouseholdDocument.COLLECTION, read.id(), events, staged -> {
            Update update = new Update().set("version", read.version() + 1).set("data", next.facts())
                    .set("assessment", next.assessment()).set("plan", next.plan()).set("lastVisit", next.lastVisit())
                    .set("lastContact", next.lastContact()).set("recentVisits", next.recentVisits())
                    .set("firstSignalAt", next.firstSignalAt()).set("identification", next.identification())
                    .set("pending", next.pending()).set("lastDecision", next.lastDecision());
            if (!staged.isEmpty()) {
                update.push(OutboxEvent.FIELD).each(staged.toArray());
            }
            return mongo.updateFirst(Query.query(where("_id").is(read.id()).and("version").is(read.version())),
                            update, HouseholdDocument.class)
                    .flatMap(result -> result.getMatchedCount() == 1 ? Mono.just(next.atVersion(read.version() + 1))
                            : Mono.error(new OptimisticLockingFailureException("household " + read.id()
                                    + " was changed by someone else")));
        });
    }

    /**
     * Many households' new assessments in one unordered bulk write, each conditional on the version
     * read (a household written meanwhile is left alone: that write rescored it); their events are
     * left to the sweep, since the bulk does not say which updates matched. Returns how many were modified.
     */
    @Override
    public Mono<Long> saveAll(List<Reassessment> reassessments) {
        Map<String, Reassessment> byId = reassessments.stream()
                .collect(Collectors.toMap(change -> change.read().id(), Function.identity()));
        List<Outbox.Change<String>> changes = reassessments.stream()
                .map(change -> new Outbox.Change<String>(change.read().id(), change.events()))
                .toList();
        return outbox.saveAllForSweep(HouseholdDocument.COLLECTION, changes, staged -> {
            var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, HouseholdDocument.class);
            for (Outbox.Staged<String> change : staged) {
                Reassessment reassessment = byId.get(change.documentId());
                MonitoredHousehold next = reassessment.next();
                Update update = new Update().set("assessment", next.assessment())
                        .set("firstSignalAt", next.firstSignalAt()).set("pending", next.pending())
                        .set("version", reassessment.read().version() + 1);
                if (!change.events().isEmpty()) {
                    update.push(OutboxEvent.FIELD).each(change.events().toArray());
                }
                bulk.updateOne(Query.query(where("_id").is(change.documentId())
                        .and("version").is(reassessment.read().version())), update);
            }
            return bulk.execute().map(result -> (long) result.getModifiedCount());
        });
    }
}
