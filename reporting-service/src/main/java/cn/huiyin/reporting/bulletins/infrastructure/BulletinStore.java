package cn.huiyin.reporting.bulletins.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.reporting.bulletins.application.Bulletins;
import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.bulletins.model.BulletinHeader;
import cn.huiyin.reporting.summary.model.Summary;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Issues bulletins in two atomic steps: the insert of the month's issue (its id and a unique index on region and
 * month make one insert win, whoever runs it) and, for the winner only, the next number from a counter per region
 * and year ({@code $inc}, findAndModify), so concurrent generations neither share nor skip a number. The loser of
 * the insert, like any later generation, revises the issue: new snapshot, {@code $inc} revision, the time pushed
 * onto a list sliced to the last {@link Bulletin#KEPT_REVISIONS}. An issue left without a number (the process
 * stopped between the two steps) is numbered by its next generation.
 */
public class BulletinStore implements Bulletins {

    static final String COUNTERS = "bulletin_counters";
    private static final Duration NUMBERING_GRACE = Duration.ofMinutes(1);

    private final ReactiveMongoTemplate mongo;

    public BulletinStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(BulletinDocument.class).createIndex(new Index("regionCode", Sort.Direction.ASC)
                        .on("month", Sort.Direction.ASC).unique().named("region_month"))
                .then(mongo.indexOps(BulletinDocument.class).createIndex(new Index("regionCode", Sort.Direction.ASC)
                        .on("year", Sort.Direction.ASC).on("issue", Sort.Direction.ASC).named("region_year_issue")))
                .then();
    }

    @Override
    public Mono<Issued> issue(String regionCode, String regionName, YearMonth month, BulletinHeader header,
            Summary summary, Instant at) {
        String id = Bulletin.idOf(regionCode, month);
        BulletinDocument first = new BulletinDocument(id, regionCode, regionName, month.getYear(), month.toString(),
                null, at, 1, List.of(), header, summary);
        return mongo.insert(first)
                .flatMap(inserted -> numbered(inserted).map(bulletin -> new Issued(bulletin, true)))
                .onErrorResume(DuplicateKeyException.class, issued -> revise(id, regionName, header, summary, at)
                        .map(bulletin -> new Issued(bulletin, false)));
    }

    private Mono<Bulletin> revise(String id, String regionName, BulletinHeader header, Summary summary, Instant at) {
        Update revision = new Update().set("regionName", regionName).set("header", header).set("summary", summary)
                .inc("revision", 1);
        revision.push("revisedAt").slice(-Bulletin.KEPT_REVISIONS).each(at);
        return mongo.findAndModify(Query.query(where("_id").is(id)), revision,
                        FindAndModifyOptions.options().returnNew(true), BulletinDocument.class)
                .flatMap(revised -> revised.issue() == null && abandoned(revised, at) ? numbered(revised)
                        : Mono.just(revised.toBulletin()));
    }

    /**
     * An issue still without a number is being numbered by the generation that inserted it, unless that was long
     * ago (it stopped in between): numbering it here too would take a second number and leave a gap.
     */
    private static boolean abandoned(BulletinDocument document, Instant now) {
        return document.generatedAt().plus(NUMBERING_GRACE).isBefore(now);
    }

    private Mono<Bulletin> numbered(BulletinDocument document) {
        String counter = document.regionCode() + "-" + document.year();
        return mongo.findAndModify(Query.query(where("_id").is(counter)), new Update().inc("last", 1),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COUNTERS)
                .map(taken -> ((Number) taken.get("last")).intValue())
                .flatMap(number -> mongo.findAndModify(
                        Query.query(where("_id").is(document.id()).and("issue").is(null)),
                        new Update().set("issue", number), FindAndModifyOptions.options().returnNew(true),
                        BulletinDocument.class))
                // numbered meanwhile by a concurrent revision: that number stands
                .switchIfEmpty(Mono.defer(() -> mongo.findById(document.id(), BulletinDocument.class)))
                .map(BulletinDocument::toBulletin);
    }

    @Override
    public Mono<Boolean> exists(String regionCode, YearMonth month) {
        return mongo.exists(Query.query(where("_id").is(Bulletin.idOf(regionCode, month))), BulletinDocument.class);
    }

    @Override
    public Mono<Bulletin> find(String id) {
        return mongo.findById(id, BulletinDocument.class).map(BulletinDocument::toBulletin);
    }

    @Override
    public Flux<Bulletin> of(String regionCode, int year) {
        return mongo.find(Query.query(where("regionCode").is(regionCode).and("year").is(year))
                        .with(Sort.by("issue", "month")), BulletinDocument.class)
                .map(BulletinDocument::toBulletin);
    }
}
