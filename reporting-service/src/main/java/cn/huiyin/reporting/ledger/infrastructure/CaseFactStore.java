package cn.huiyin.reporting.ledger.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.reporting.ledger.application.CaseFacts;
import cn.huiyin.reporting.projections.infrastructure.LedgerFact;
import cn.huiyin.reporting.projections.model.CallFact;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The facts of cases the read model's sink wrote ({@link LedgerFact}), found by the county responsible and the day of
 * transfer, for the ledger.
 */
public class CaseFactStore implements CaseFacts {

    private final ReactiveMongoTemplate mongo;

    public CaseFactStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Serves {@link #cases} and the look-ups by id; the embedded wire server ignores them and scans, MongoDB does not. */
    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(LedgerFact.class).createIndex(new Index("county", Sort.Direction.ASC)
                        .on("day", Sort.Direction.ASC).on("tracking", Sort.Direction.ASC).named("county_day_tracking"))
                .then(mongo.indexOps(LedgerFact.class).createIndex(new Index("tracking", Sort.Direction.ASC)
                        .named("tracking")))
                .then(mongo.indexOps(LedgerFact.class).createIndex(new Index("fact.caseId", Sort.Direction.ASC)
                        .named("case_id")))
                .then();
    }

    @Override
    public Mono<CallFact> byCaseId(String caseId) {
        return mongo.findOne(Query.query(where("fact.caseId").is(caseId).and("county").ne(null)), LedgerFact.class)
                .map(LedgerFact::fact);
    }

    @Override
    public Mono<CallFact> byTrackingNumber(String trackingNumber) {
        return mongo.findOne(Query.query(where("tracking").is(trackingNumber).and("county").ne(null)),
                LedgerFact.class).map(LedgerFact::fact);
    }

    @Override
    public Flux<CallFact> cases(Collection<String> counties, LocalDate from, LocalDate to) {
        if (counties.isEmpty()) {
            return Flux.empty();
        }
        Query query = Query.query(where("county").in(counties).and("day").gte(from.toString()).lte(to.toString()))
                .with(Sort.by("day", "tracking"));
        return mongo.find(query, LedgerFact.class).map(LedgerFact::fact);
    }
}
