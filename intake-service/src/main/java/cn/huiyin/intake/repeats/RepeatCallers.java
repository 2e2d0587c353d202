package cn.huiyin.intake.repeats;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.events.Category;
import cn.huiyin.intake.calls.infrastructure.CallDocument;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

/**
 * Spots a caller who calls again about the same matter: the same caller (by ID number, else phone,
 * through the keyed {@code callerRef}) with an overlapping category within the window (90 days).
 * The new call points at the most recent such call, so a chain of repeats reads back in order.
 */
public class RepeatCallers {

    public static final Duration WINDOW = Duration.ofDays(90);

    private final ReactiveMongoTemplate mongo;

    public RepeatCallers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<String> earlierCallOf(String callerRef, List<Category> categories, Instant receivedAt,
            String excludingCallId) {
        Query query = Query.query(where("caller.ref").is(callerRef)
                        .and("state").is(CallDocument.State.ACCEPTED)
                        .and("receivedAt").gte(receivedAt.minus(WINDOW)).lte(receivedAt)
                        .and("categories").in(categories)
                        .and("_id").ne(excludingCallId))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt"))
                .limit(1);
        query.fields().include("_id");
        return mongo.findOne(query, Document.class, CallDocument.COLLECTION).map(found -> found.getString("_id"));
    }
}
