package cn.huiyin.intake.repeats;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.events.Category;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * Spots a caller who calls again about the same matter: the same caller (by ID number, else phone,
 * through the keyed {@code callerRef}) with an overlapping category within the window (90 days).
 * The new call points at the most recent such call, so a chain of repeats reads back in order.
 *
 * <p>Each caller's calls are kept in one small document keyed by the caller ref, so the check is
 * a lookup by id rather than a search through every call.
 */
public class RepeatCallers {

    public static final Duration WINDOW = Duration.ofDays(90);
    static final String COLLECTION = "caller_history";
    private static final Logger log = LoggerFactory.getLogger(RepeatCallers.class);

    private final ReactiveMongoTemplate mongo;

    public RepeatCallers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<String> earlierCallOf(String callerRef, List<Category> categories, Instant receivedAt,
            String excludingCallId) {
        Instant from = receivedAt.minus(WINDOW);
        List<String> wanted = categories.stream().map(Enum::name).toList();
        return mongo.findById(callerRef, Document.class, COLLECTION)
                .flatMap(history -> Mono.justOrEmpty(history.getList("calls", Document.class, List.of()).stream()
                        .filter(call -> !excludingCallId.equals(call.getString("callId")))
                        .filter(call -> {
                            Instant at = call.getDate("receivedAt").toInstant();
                            return !at.isBefore(from) && !at.isAfter(receivedAt);
                        })
                        .filter(call -> call.getList("categories", String.class, List.of()).stream()
                                .anyMatch(wanted::contains))
                        .max(Comparator.comparing(call -> call.getDate("receivedAt")))
                        .map(call -> call.getString("callId"))));
    }

    /** Adds an accepted call to its caller's history; a failure here only costs a future repeat link. */
    public Mono<Void> remember(String callerRef, String callId, Instant receivedAt, List<Category> categories) {
        Document call = new Document("callId", callId).append("receivedAt", Date.from(receivedAt))
                .append("categories", categories.stream().map(Enum::name).toList());
        return mongo.upsert(Query.query(where("_id").is(callerRef)), new Update().push("calls", call), COLLECTION)
                .then()
                .onErrorResume(failure -> {
                    log.warn("caller history not updated for call {}: {}", callId, failure.toString());
                    return Mono.empty();
                });
    }
}
