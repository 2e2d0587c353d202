package cn.huiyin.chassis.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import com.mongodb.event.CommandStartedEvent;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

class MongoCommandCountsTest {

    static final ConnectionDescription CONNECTION = new ConnectionDescription(
            new ServerId(new ClusterId(), new ServerAddress("127.0.0.1", 27017)));

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final MongoCommandCounts counts = new MongoCommandCounts(meters);

    @Test
    void countsEachCommandUnderItsCollectionAndLeavesOutTheDriversOwn() {
        counts.commandStarted(started("insert", new BsonDocument("insert", new BsonString("calls")), null));
        counts.commandStarted(started("insert", new BsonDocument("insert", new BsonString("calls")), null));
        counts.commandStarted(started("getMore", new BsonDocument("getMore", new BsonInt64(7))
                .append("collection", new BsonString("cases")), null));
        counts.commandStarted(started("hello", new BsonDocument("hello", new BsonInt64(1)), null));

        assertThat(count("insert", "calls")).isEqualTo(2);
        assertThat(count("getMore", "cases")).isEqualTo(1);
        assertThat(meters.find(MongoCommandCounts.METRIC).tag("command", "hello").counter()).isNull();
    }

    @Test
    void addsACommandToTheRequestThatSentIt() {
        AtomicInteger ofRequest = new AtomicInteger();
        ReactorRequestContext context = new ReactorRequestContext();
        context.put(RequestCommands.COUNT, ofRequest);

        counts.commandStarted(started("findAndModify", new BsonDocument("findAndModify",
                new BsonString("tracking_counters")), context));
        counts.commandStarted(started("insert", new BsonDocument("insert", new BsonString("calls")), null));

        assertThat(ofRequest).hasValue(1);
    }

    private double count(String command, String collection) {
        return meters.find(MongoCommandCounts.METRIC).tag("command", command).tag("collection", collection)
                .counter().count();
    }

    private static CommandStartedEvent started(String name, BsonDocument command,
            com.mongodb.RequestContext context) {
        return new CommandStartedEvent(context, 1, 1, CONNECTION, "huiyin", name, command);
    }
}
