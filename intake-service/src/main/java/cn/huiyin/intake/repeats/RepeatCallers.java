package cn.huiyin.intake.repeats;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.events.Category;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Spots a caller who calls again about the same matter: the same caller (by ID number, else phone,
 * through the keyed {@code callerRef}) with an overlapping category within the window (90 days).
 * The new call points at the most recent such call, so a chain of repeats reads back in order.
 *
 * <p>Each caller's recent calls are kept in one small document keyed by the caller ref, sorted by
 * time and cut to the latest {@link #KEPT}: a caller with 10,000 earlier calls costs what a new
 * caller costs. Recording a call and reading the calls before it is one command: a findAndModify
 * that pushes the call and returns the document as it was.
 */
public class RepeatCallers {

    public static final Duration WINDOW = Duration.ofDays(90);
    /** Enough for any caller's repeat chain within the window; older entries fall out as new ones come. */
    public static final int KEPT = 32;
    static final String COLLECTION = "caller_history";
    private static final Logger log = LoggerFactory.getLogger(RepeatCallers.class);

    private final ReactiveMongoTemplate mongo;

    public RepeatCallers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records the call in its caller's history and answers the earlier call it repeats, if any.
     * A call that is then not stored must be {@link #forget forgotten}.
     */
    public Mono<Optional<String>> record(String callerRef, String callId, Instant receivedAt,
            List<Category> categories) {
        List<String> wanted = categories.stream().map(Enum::name).toList();
        Document call = new Document("callId", callId).append("receivedAt", Date.from(receivedAt))
                .append("categories", wanted);
        Update push = new Update().push("calls").sort(Sort.by("receivedAt")).slice(-KEPT).each(call);
        return mongo.findAndModify(Query.query(where("_id").is(callerRef)), push,
                        FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION)
                // two first calls of one caller both inserting the history: the loser finds it on the retry
                .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance))
                .map(before -> earlierCall(before, wanted, receivedAt))
                .defaultIfEmpty(Optional.empty());
    }

    private static Optional<String> earlierCall(Document history, List<String> wanted, Instant receivedAt) {
        Instant from = receivedAt.minus(WINDOW);
        return history.getList("calls", Document.class, List.of()).stream()
                .filter(call -> {
                    Instant at = call.getDate("receivedAt").toInstant();
                    return !at.isBefore(from) && !at.isAfter(receivedAt);
                })
                .filter(call -> call.getList("categories", String.class, List.of()).stream()
                        .anyMatch(wanted::contains))
                .max(Comparator.comparing(call -> call.getDate("receivedAt")))
                .map(call -> call.getString("callId"));
    }

    /** Takes back a recorded call that was not stored after all; a failure only leaves a link to nowhere possible. */
    public Mono<Void> forget(String callerRef, String callId) {
        return mongo.updateFirst(Query.query(where("_id").is(callerRef)),
                        new Update().pull("calls", new Document("callId", callId)), COLLECTION)
                .then()
                .onErrorResume(failure -> {
                    log.warn("caller history keeps call {} that was not stored: {}", callId, failure.toString());
                    return Mono.empty();
                });
    }
}
