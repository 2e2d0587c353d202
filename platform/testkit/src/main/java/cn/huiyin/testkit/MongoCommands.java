package cn.huiyin.testkit;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every command the service's MongoClient sends, by name and collection, for tests that count round trips. */
public class MongoCommands implements CommandListener {

    /** The driver's own traffic (monitoring, sessions), not the application's. */
    private static final Set<String> HOUSEKEEPING = Set.of("hello", "ismaster", "isMaster", "ping", "endSessions",
            "buildInfo", "saslStart", "saslContinue", "getMore", "killCursors");

    public record Command(String name, String collection) {
    }

    private final List<Command> started = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!HOUSEKEEPING.contains(event.getCommandName())) {
            BsonValue target = event.getCommand().get(event.getCommandName());
            started.add(new Command(event.getCommandName(), target != null && target.isString()
                    ? target.asString().getValue() : null));
        }
    }

    /** Commands on the given collections since {@code from} (an earlier {@link #mark()}). */
    public List<Command> since(int from, Set<String> collections) {
        return started.subList(from, started.size()).stream()
                .filter(command -> collections.contains(command.collection())).toList();
    }

    public int mark() {
        return started.size();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Listening {

        @Bean
        MongoCommands mongoCommands() {
            return new MongoCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countCommands(MongoCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }
}
