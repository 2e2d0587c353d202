package cn.huiyin.intake.repeats.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.events.Category;
import cn.huiyin.intake.repeats.application.CallerHistories;
import cn.huiyin.intake.repeats.model.CallerHistory;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The {@code caller_history} collection: one small document per caller ref holding its calls sorted by time and cut
 * to the latest {@link CallerHistory#KEPT}. Adding a call is a findAndModify that pushes the call and returns the
 * document as it was.
 */
public class CallerHistoryStore implements CallerHistories {

    static final String COLLECTION = "caller_history";

    private final ReactiveMongoTemplate mongo;

    public CallerHistoryStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<CallerHistory> add(String callerRef, CallerHistory.PastCall call) {
        Document entry = new Document("callId", call.callId()).append("receivedAt", Date.from(call.receivedAt()))
                .append("categories", call.categories().stream().map(Enum::name).toList());
        Update push = new Update().push("calls").sort(Sort.by("receivedAt")).slice(-CallerHistory.KEPT).each(entry);
        return mongo.findAndModify(Query.query(where("_id").is(callerRef)), push,
                        FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION)
                // two first calls of one caller both inserting the history: the loser finds it on the retry
                .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance))
                .map(CallerHistoryStore::history)
                .defaultIfEmpty(CallerHistory.empty());
    }

    @Override
    public Mono<Void> remove(String callerRef, String callId) {
        return mongo.updateFirst(Query.query(where("_id").is(callerRef)),
                        new Update().pull("calls", new Document("callId", callId)), COLLECTION)
                .then();
    }

    private static CallerHistory history(Document stored) {
        return new CallerHistory(stored.getList("calls", Document.class, List.of()).stream()
                .map(call -> new CallerHistory.PastCall(call.getString("callId"),
                        call.getDate("receivedAt").toInstant(),
                        call.getList("categories", String.class, List.of()).stream()
                                .flatMap(CallerHistoryStore::category).toList()))
                .toList());
    }

    /** A category a call was stored with; one no longer known cannot match a new call's, so it is left out. */
    private static Stream<Category> category(String name) {
        return Arrays.stream(Category.values()).filter(category -> category.name().equals(name));
    }
}
