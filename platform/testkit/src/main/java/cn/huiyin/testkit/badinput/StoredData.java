package cn.huiyin.testkit.badinput;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Every document of a service's database, per collection, sorted by {@code _id}, as JSON: taken
 * before and after the inputs that must be refused, and compared.
 */
record StoredData(Map<String, List<String>> collections) {

    static StoredData of(ReactiveMongoTemplate mongo, Set<String> excluded) {
        Map<String, List<String>> collections = new TreeMap<>();
        List<String> names = mongo.getCollectionNames().collectList().block(Duration.ofSeconds(30));
        for (String name : names) {
            if (excluded.contains(name)) {
                continue;
            }
            List<String> documents = new ArrayList<>(mongo.findAll(Document.class, name)
                    .map(d -> String.valueOf(d.get("_id")) + " " + d.toJson())
                    .collectList().block(Duration.ofSeconds(30)));
            documents.sort(null);
            collections.put(name, documents);
        }
        return new StoredData(collections);
    }

    /**
     * Waits until two snapshots a second apart agree, so that work the service does in the
     * background (an outbox relay marking events sent) is not mistaken for a change by a request.
     */
    static StoredData settled(ReactiveMongoTemplate mongo, Set<String> excluded) {
        AtomicReference<StoredData> last = new AtomicReference<>(of(mongo, excluded));
        return await("the database settles (background work such as the outbox relay done)")
                .pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30))
                .until(() -> {
                    StoredData next = of(mongo, excluded);
                    return next.equals(last.getAndSet(next)) ? next : null;
                }, Objects::nonNull);
    }

    /** What differs from {@code after}, per collection: counts and the first changed document. */
    List<String> differences(StoredData after) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(collections.keySet());
        names.addAll(after.collections.keySet());
        for (String name : names) {
            List<String> before = collections.getOrDefault(name, List.of());
            List<String> now = after.collections.getOrDefault(name, List.of());
            if (!before.equals(now)) {
                List<String> added = new ArrayList<>(now);
                added.removeAll(before);
                List<String> removed = new ArrayList<>(before);
                removed.removeAll(now);
                differences.add(name + ": " + before.size() + " -> " + now.size() + " documents; "
                        + added.size() + " new or changed" + (added.isEmpty() ? "" : ", e.g. " + excerpt(added.get(0)))
                        + (removed.isEmpty() ? "" : "; was " + excerpt(removed.get(0))));
            }
        }
        return differences;
    }

    private static String excerpt(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
