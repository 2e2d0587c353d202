package cn.huiyin.cases.cases.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.chassis.messaging.DuplicateWrites;
import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.outbox.OutboxEvent;

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
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The cases collection: the first write of a case, versioned writes after it, and reads. */
public class CaseStore {

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

    /** The first write of a case, with the events of its opening; a DuplicateKeyException means the case exists already. */
    public Mono<CaseDocument> insert(Transition opened) {
        String caseId = opened.next().caseId();
        return outbox.save(CaseDocument.COLLECTION, caseId, opened.events(),
                events -> mongo.insert(new CaseDocument(caseId, 1, opened.next(), events)));
    }

    /**
     * The first write of many cases, with their opening events, in one unordered bulk insert. A case that exists
     * already (a duplicate key) is left out of the ids returned, and so are its events; the others are written
     * whatever happened to it.
     */
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

    /** Which of these cases exist: one read of their ids. */
    public Mono<Set<String>> existing(Collection<String> caseIds) {
        Query byIds = Query.query(where("_id").in(caseIds));
        byIds.fields().include("_id");
        return mongo.find(byIds, Document.class, CaseDocument.COLLECTION).map(found -> found.getString("_id"))
                .collect(Collectors.toSet());
    }

    public Mono<CaseDocument> findById(String caseId) {
        return mongo.findById(caseId, CaseDocument.class);
    }

    public Mono<CaseDocument> findByTrackingNumber(String trackingNumber) {
        return mongo.findOne(Query.query(where(CaseDocument.path("trackingNumber")).is(trackingNumber)),
                CaseDocument.class);
    }

    /**
     * Writes the case after a transition, if nobody else wrote it since it was read (the version is
     * the lock: of two writers, one wins, the other gets an OptimisticLockingFailureException). New
     * events are pushed onto the outbox, never written over it, so events the relay has meanwhile
     * sent and removed do not come back. The document returned holds only the new events, the ones
     * the outbox sends.
     */
    public Mono<CaseDocument> save(CaseDocument read, Transition transition) {
        return outbox.save(CaseDocument.COLLECTION, read.id(), transition.events(), events -> {
            Update update = new Update().set("version", read.version() + 1).set("data", transition.next());
            if (!events.isEmpty()) {
                update.push(OutboxEvent.FIELD).each(events.toArray());
            }
            return mongo.updateFirst(Query.query(where("_id").is(read.id()).and("version").is(read.version())),
                            update, CaseDocument.class)
                    .flatMap(result -> result.getMatchedCount() == 1
                            ? Mono.just(new CaseDocument(read.id(), read.version() + 1, transition.next(), events))
                            : Mono.error(new OptimisticLockingFailureException("case " + read.id()
                                    + " was changed by someone else (version " + read.version() + " is stale)")));
        });
    }

    public Flux<CaseDocument> find(Query query) {
        return mongo.find(query, CaseDocument.class);
    }

    public Mono<Long> count(Query query) {
        return mongo.count(query, CaseDocument.class);
    }
}
