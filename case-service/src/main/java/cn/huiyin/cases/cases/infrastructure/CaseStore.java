package cn.huiyin.cases.cases.infrastructure;

import cn.huiyin.chassis.mongo.DuplicateWrites;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.cases.cases.application.CaseFilter;
import cn.huiyin.cases.cases.application.Cases;
import cn.huiyin.cases.cases.application.OpenCaseCount;
import cn.huiyin.cases.cases.application.StoredCase;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.outbox.OutboxEvent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The cases collection: the first write of a case, versioned writes after it, and reads. */
public class CaseStore implements Cases {

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public CaseStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Mono<Void> ensureIndexes() {
        var indexes = mongo.indexOps(CaseDocument.class);
        return indexes.createIndex(new Index(CaseDocument.path("trackingNumber"), Sort.Direction.ASC).unique()
                        .named("tracking_number"))
                .then(indexes.createIndex(new Index(CaseDocument.path("routing.countyCode"), Sort.Direction.ASC)
                        .on(CaseDocument.path("state"), Sort.Direction.ASC)
                        .on(CaseDocument.path("deadline.dueAt"), Sort.Direction.ASC).named("county_state_deadline")))
                .then(indexes.createIndex(new Index(CaseDocument.path("state"), Sort.Direction.ASC)
                        .on(CaseDocument.path("deadline.dueSoonAt"), Sort.Direction.ASC).named("deadline_watch")))
                .then(indexes.createIndex(new Index(CaseDocument.path("state"), Sort.Direction.ASC)
                        .on(CaseDocument.path("nextCallbackAt"), Sort.Direction.ASC).named("callbacks_due")))
                .then();
    }

    @Override
    public Mono<StoredCase> insert(Transition opened) {
        String caseId = opened.next().caseId();
        return outbox.save(CaseDocument.COLLECTION, caseId, opened.events(),
                events -> mongo.insert(new CaseDocument(caseId, 1, opened.next(), events)))
                .map(CaseStore::stored);
    }

    /** One unordered bulk insert: a duplicate key refuses that case alone. */
    @Override
    public Mono<Set<String>> insertAll(List<Transition> opened) {
        List<Outbox.Change<String>> changes = opened.stream()
                .map(t -> new Outbox.Change<String>(t.next().caseId(), t.events())).toList();
        Map<String, Case> byId = opened.stream().collect(Collectors.toMap(t -> t.next().caseId(), Transition::next));
        return outbox.saveAll(CaseDocument.COLLECTION, changes, staged -> {
            List<String> ids = staged.stream().map(Outbox.Staged::documentId).toList();
            var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CaseDocument.class);
            bulk.insert(staged.stream().map(change -> (Object) new CaseDocument(change.documentId(), 1,
                    byId.get(change.documentId()), change.events())).toList());
            return bulk.execute().thenReturn(Set.copyOf(ids))
                    .onErrorResume(failure -> DuplicateWrites.onlyDuplicates(failure) != null, partly -> {
                        Set<Integer> refused = DuplicateWrites.onlyDuplicates(partly);
                        return Mono.just(IntStream.range(0, ids.size()).filter(i -> !refused.contains(i))
                                .mapToObj(ids::get).collect(Collectors.toSet()));
                    });
        });
    }

    /** One read of their ids. */
    @Override
    public Mono<Set<String>> existing(Collection<String> caseIds) {
        Query byIds = Query.query(where("_id").in(caseIds));
        byIds.fields().include("_id");
        return mongo.find(byIds, Document.class, CaseDocument.COLLECTION).map(found -> found.getString("_id"))
                .collect(Collectors.toSet());
    }

    @Override
    public Mono<StoredCase> findById(String caseId) {
        return mongo.findById(caseId, CaseDocument.class).map(CaseStore::stored);
    }

    @Override
    public Mono<StoredCase> findByTrackingNumber(String trackingNumber) {
        return mongo.findOne(Query.query(where(CaseDocument.path("trackingNumber")).is(trackingNumber)),
                CaseDocument.class).map(CaseStore::stored);
    }

    /**
     * Writes the case after a transition, if nobody else wrote it since it was read (the version is
     * the lock: of two writers, one wins, the other gets an OptimisticLockingFailureException). New
     * events are pushed onto the outbox, never written over it, so events the relay has meanwhile
     * sent and removed do not come back.
     */
    @Override
    public Mono<StoredCase> save(StoredCase read, Transition transition) {
        return outbox.save(CaseDocument.COLLECTION, read.id(), transition.events(), events -> {
            Update update = new Update().set("version", read.version() + 1).set("data", transition.next());
            if (!events.isEmpty()) {
                update.push(OutboxEvent.FIELD).each(events.toArray());
            }
            return mongo.updateFirst(Query.query(where("_id").is(read.id()).and("version").is(read.version())),
                            update, CaseDocument.class)
                    .flatMap(result -> result.getMatchedCount() == 1
                            ? Mono.just(new StoredCase(transition.next(), read.version() + 1))
                            : Mono.error(new OptimisticLockingFailureException("case " + read.id()
                                    + " was changed by someone else (version " + read.version() + " is stale)")));
        });
    }

    @Override
    public Flux<StoredCase> find(CaseFilter filter, CaseFilter.Order order, long skip, int limit) {
        Query query = Query.query(CaseCriteria.of(filter)).with(CaseCriteria.of(order)).skip(skip).limit(limit);
        return mongo.find(query, CaseDocument.class).map(CaseStore::stored);
    }

    @Override
    public Mono<Long> count(CaseFilter filter) {
        return mongo.count(Query.query(CaseCriteria.of(filter)), CaseDocument.class);
    }

    @Override
    public Flux<StoredCase> awaitingDeadlineMarks(Instant now, int limit) {
        Query query = Query.query(CaseCriteria.awaitingDeadlineMarks(now))
                .with(Sort.by(CaseDocument.path("deadline.dueSoonAt"))).limit(limit);
        return mongo.find(query, CaseDocument.class).map(CaseStore::stored);
    }

    /** Counted by MongoDB: one group per state and county of the open cases. */
    @Override
    public Flux<OpenCaseCount> openByStateAndCounty() {
        Aggregation byStateAndCounty = Aggregation.newAggregation(
                Aggregation.match(where(CaseDocument.path("state")).ne("CLOSED")),
                // explicit names: the group key of a nested path is not its last segment
                Aggregation.group(Fields.from(Fields.field("state", CaseDocument.path("state")),
                                Fields.field("county", CaseDocument.path("routing.countyCode"))))
                        .count().as("cases")
                        .sum(oneIf(CaseDocument.path("overdue"))).as("overdue")
                        .sum(oneIf(CaseDocument.path("dueSoon"))).as("dueSoon"));
        return mongo.aggregate(byStateAndCounty, CaseDocument.COLLECTION, Document.class).map(row -> {
            Document id = row.get("_id", Document.class);
            return new OpenCaseCount(String.valueOf(id.get("state")), String.valueOf(id.get("county")),
                    number(row, "cases"), number(row, "overdue"), number(row, "dueSoon"));
        });
    }

    private static ConditionalOperators.Cond oneIf(String flag) {
        return ConditionalOperators.when(where(flag).is(true)).then(1).otherwise(0);
    }

    private static long number(Document row, String field) {
        return row.get(field) instanceof Number n ? n.longValue() : 0;
    }

    private static StoredCase stored(CaseDocument document) {
        return new StoredCase(document.data(), document.version());
    }
}
