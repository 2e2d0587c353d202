package cn.huiyin.monitoring.visits.infrastructure;

import cn.huiyin.monitoring.visits.application.VisitLog;
import cn.huiyin.monitoring.visits.model.Visit;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/** The visits collection: one document per visit or contact, never updated. */
public class VisitStore implements VisitLog {

    public static final String COLLECTION = "visits";

    private final ReactiveMongoTemplate mongo;

    public VisitStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Visit> insert(Visit visit) {
        return mongo.insert(visit, COLLECTION);
    }
}
