package cn.huiyin.reporting.projections.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.reporting.projections.model.CallFact;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Call facts, each changed by compare-and-set on its version so that concurrent consumers merge, not overwrite. */
public class FactStore {

    private static final int MAX_ATTEMPTS = 50;

    private final ReactiveMongoTemplate mongo;

    public FactStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Applies {@code change} to the call's fact (an empty one if none yet) and returns the stored document. */
    public Mono<FactDocument> merge(String callId, UnaryOperator<CallFact> change) {
        return attempt(callId, change, 1);
    }

    /**
     * Records the placement of {@code version} if the fact is still at it; when it moved on, the
     * consumer that moved it places the newer version and records that.
     */
    public Mono<Void> markApplied(String callId, long version, Map<String, FactDocument.Placed> applied) {
        return mongo.updateFirst(Query.query(where("_id").is(callId).and("version").is(version)),
                Update.update("appliedVersion", version).set("applied", applied), FactDocument.class).then();
    }

    /**
     * {@code id_version} serves the compare-and-set writes. MongoDB finds them by {@code _id} alone;
     * the embedded wire server uses an index only when its fields are exactly the query's, and
     * would otherwise read the whole collection for every write.
     */
    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(FactDocument.class).createIndex(new Index("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named("id_version")).then();
    }

    public Flux<FactDocument> findAll(Collection<String> callIds) {
        return mongo.find(Query.query(where("_id").in(callIds)), FactDocument.class);
    }

    private Mono<FactDocument> attempt(String callId, UnaryOperator<CallFact> change, int attempt) {
        if (attempt > MAX_ATTEMPTS) {
            return Mono.error(new IllegalStateException("the fact of call " + callId + " kept changing under "
                    + MAX_ATTEMPTS + " attempts to merge into it"));
        }
        return mongo.findById(callId, FactDocument.class)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> found.map(current -> update(current, change))
                        .orElseGet(() -> insert(callId, change)))
                .switchIfEmpty(Mono.defer(() -> attempt(callId, change, attempt + 1)));
    }

    private Mono<FactDocument> insert(String callId, UnaryOperator<CallFact> change) {
        FactDocument first = new FactDocument(callId, 1, change.apply(CallFact.empty(callId)), 0, Map.of());
        return mongo.insert(first).onErrorResume(DuplicateKeyException.class, raced -> Mono.empty());
    }

    private Mono<FactDocument> update(FactDocument current, UnaryOperator<CallFact> change) {
        CallFact next = change.apply(current.fact());
        if (next.equals(current.fact())) {
            return Mono.just(current);
        }
        FactDocument written = new FactDocument(current.id(), current.version() + 1, next, current.appliedVersion(),
                current.applied());
        return mongo.updateFirst(Query.query(where("_id").is(current.id()).and("version").is(current.version())),
                Update.update("fact", next).set("version", written.version()), FactDocument.class)
                .flatMap(result -> result.getModifiedCount() == 1 ? Mono.just(written) : Mono.empty());
    }
}
