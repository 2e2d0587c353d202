package cn.huiyin.intake.calls.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.intake.calls.application.TrackingVoids;
import cn.huiyin.intake.calls.model.TrackingNumber;
import cn.huiyin.intake.calls.model.VoidedNumber;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tracking numbers that were drawn but belong to no call, one small document each, keyed by the number:
 * recording one is one insert whatever is stored, and a county-day's voids are one range of the {@code _id}
 * index. Only written when a call's write failed, so accepting a call costs no command more.
 */
public class TrackingVoidStore implements TrackingVoids {

    static final String COLLECTION = "tracking_voids";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public TrackingVoidStore(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Mono<Void> record(TrackingNumber number, String reason, String failure) {
        Document entry = new Document("_id", number.toString())
                .append("countyCode", number.countyCode())
                .append("day", number.day().toString())
                .append("sequence", number.sequence())
                .append("reason", reason)
                .append("failure", failure)
                .append("voidedAt", Date.from(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return mongo.insert(entry, COLLECTION)
                .onErrorResume(DuplicateKeyException.class, alreadyVoid -> Mono.empty())
                .then();
    }

    @Override
    public Flux<VoidedNumber> of(String countyCode, LocalDate day) {
        Query range = Query.query(where("_id").gte(new TrackingNumber(countyCode, day, 1).toString())
                .lte(new TrackingNumber(countyCode, day, TrackingNumber.MAX_SEQUENCE).toString()));
        return mongo.find(range, Document.class, COLLECTION)
                .map(entry -> new VoidedNumber(TrackingNumber.parse(entry.getString("_id")), entry.getString("reason"),
                        entry.getString("failure"), entry.getDate("voidedAt").toInstant()));
    }
}
