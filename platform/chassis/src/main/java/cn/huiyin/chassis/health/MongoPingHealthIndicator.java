package cn.huiyin.chassis.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/**
 * Checks MongoDB with {@code ping}, which both a real replica set and the embedded wire server
 * answer (Spring Boot's own indicator sends {@code hello}, which the embedded server lacks).
 */
public class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoTemplate mongo;

    public MongoPingHealthIndicator(ReactiveMongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.getMongoDatabase().flatMap(database -> mongo.executeCommand(new Document("ping", 1))
                .map(answer -> builder.up().withDetail("database", database.getName()).build()));
    }
}
