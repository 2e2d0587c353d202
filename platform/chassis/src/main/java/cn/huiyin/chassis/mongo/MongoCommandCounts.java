package cn.huiyin.chassis.mongo;

import com.mongodb.RequestContext;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Counts every command the driver sends, by command and collection
 * ({@code huiyin_mongo_commands_total{command,collection}}), and adds it to the count of the request
 * that caused it, when the command was sent on behalf of one ({@link RequestCommands}). Round trips
 * are what a write path costs, on the driver, the network and the server alike, so they are counted
 * rather than guessed.
 */
public class MongoCommandCounts implements CommandListener {

    static final String METRIC = "huiyin.mongo.commands";

    /** Commands the driver sends for itself (handshakes, heartbeats) are not work done for anyone. */
    private static final Set<String> OWN = Set.of("hello", "ismaster", "isMaster", "ping", "buildinfo", "buildInfo",
            "saslStart", "saslContinue", "endSessions", "killCursors");

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public MongoCommandCounts(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String command = event.getCommandName();
        if (OWN.contains(command)) {
            return;
        }
        String collection = collectionOf(command, event.getCommand());
        counters.computeIfAbsent(command + "/" + collection, key -> Counter.builder(METRIC)
                .description("MongoDB commands sent, by command and collection")
                .tag("command", command).tag("collection", collection)
                .register(meters)).increment();
        AtomicInteger ofRequest = requestCount(event.getRequestContext());
        if (ofRequest != null) {
            ofRequest.incrementAndGet();
        }
    }

    private static AtomicInteger requestCount(RequestContext context) {
        return context == null ? null : context.getOrDefault(RequestCommands.COUNT, null);
    }

    /** The collection is the value of the command's first field (insert: "calls"), or getMore's "collection". */
    static String collectionOf(String command, BsonDocument body) {
        BsonValue named = "getMore".equals(command) ? body.get("collection") : body.get(command);
        return named instanceof BsonString name ? name.getValue() : "";
    }
}
