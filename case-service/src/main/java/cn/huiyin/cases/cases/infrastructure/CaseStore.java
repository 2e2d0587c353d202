package cn.huiyin.cases.cases.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.chassis.outbox.OutboxRelay;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The cases collection: the first write of a case, versioned writes after it, and reads. */
public class CaseStore {

    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;

    public CaseStore(ReactiveMongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
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

    /** The first write of a case; a DuplicateKeyException means the case exists already. */
    public Mono<CaseDocument> insert(Case opened, List<OutboxEvent> events) {
        return marked(opened.caseId(), events).then(mongo.insert(new CaseDocument(opened.caseId(), 1, opened, events)));
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
     * its caller dispatches.
     */
    public Mono<CaseDocument> save(CaseDocument read, Case next, List<OutboxEvent> events) {
        Update update = new Update().set("version", read.version() + 1).set("data", next);
        if (!events.isEmpty()) {
            update.push(OutboxEvent.FIELD).each(events.toArray());
        }
        return marked(read.id(), events).then(mongo.updateFirst(
                        Query.query(where("_id").is(read.id()).and("version").is(read.version())), update,
                        CaseDocument.class))
                .flatMap(result -> result.getMatchedCount() == 1
                        ? Mono.just(new CaseDocument(read.id(), read.version() + 1, next, events))
                        : Mono.error(new OptimisticLockingFailureException("case " + read.id()
                                + " was changed by someone else (version " + read.version() + " is stale)")));
    }

    /** The relay's mark comes first, so a case holding events is always found by the sweep. */
    private Mono<Void> marked(String caseId, List<OutboxEvent> events) {
        return events.isEmpty() ? Mono.empty() : relay.expect(CaseDocument.COLLECTION, caseId);
    }

    public Flux<CaseDocument> find(Query query) {
        return mongo.find(query, CaseDocument.class);
    }

    public Mono<Long> count(Query query) {
        return mongo.count(query, CaseDocument.class);
    }
}
