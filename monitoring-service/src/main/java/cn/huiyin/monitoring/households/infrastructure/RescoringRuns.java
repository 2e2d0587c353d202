package cn.huiyin.monitoring.households.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * The progress of rescoring runs, one small document each in {@code rescoring_runs}: the last household id of
 * the last page written and the counts so far, updated once per page. A run without {@code finishedAt} was
 * stopped (a crash, a restart, a run limited to some pages); the next run continues after its last id.
 */
public class RescoringRuns {

    static final String COLLECTION = "rescoring_runs";

    /** A run as stored: counts are those of all its pages so far. */
    public record Run(String id, Instant startedAt, String lastId, long households, long rescored, long levelChanged,
            long skipped, long pages, Instant finishedAt) {
    }

    private final ReactiveMongoTemplate mongo;

    public RescoringRuns(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The run left unfinished, if any (the latest, should there be more). */
    public Mono<Run> unfinished() {
        return mongo.findOne(Query.query(where("finishedAt").is(null)).with(Sort.by(Sort.Direction.DESC,
                "startedAt")).limit(1), Run.class, COLLECTION);
    }

    public Mono<Run> start(Instant at) {
        return mongo.insert(new Run(UUID.randomUUID().toString(), at, null, 0, 0, 0, 0, 0, null), COLLECTION);
    }

    /** One page written: its last id and its counts, in one update. */
    public Mono<Void> pageDone(String runId, String lastId, long households, long rescored, long levelChanged,
            long skipped) {
        return mongo.updateFirst(Query.query(where("_id").is(runId)), new Update().set("lastId", lastId)
                        .inc("households", households).inc("rescored", rescored).inc("levelChanged", levelChanged)
                        .inc("skipped", skipped).inc("pages", 1), COLLECTION)
                .then();
    }

    public Mono<Run> finish(String runId, Instant at) {
        return mongo.updateFirst(Query.query(where("_id").is(runId)), new Update().set("finishedAt", at), COLLECTION)
                .then(mongo.findById(runId, Run.class, COLLECTION));
    }

    public Mono<Run> find(String runId) {
        return mongo.findById(runId, Run.class, COLLECTION);
    }
}
