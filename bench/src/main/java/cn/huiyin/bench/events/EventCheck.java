package cn.huiyin.bench.events;

import java.util.Map;
import java.util.Set;

/**
 * "Nothing lost": every call answered 201 has exactly one {@code case-received} record. Events for
 * calls the benchmark never saw answered (its request timed out after intake stored the call) are
 * reported apart: they are not losses.
 */
public record EventCheck(long accepted, long events, long missing, long duplicated, long unanswered,
        long otherTypes, long unreadable) {

    static EventCheck of(Set<String> accepted, Map<String, Integer> perKey, long events, long otherTypes,
            long unreadable) {
        long missing = accepted.stream().filter(id -> !perKey.containsKey(id)).count();
        long duplicated = accepted.stream().filter(id -> perKey.getOrDefault(id, 0) > 1).count();
        long unanswered = perKey.keySet().stream().filter(id -> !accepted.contains(id)).count();
        return new EventCheck(accepted.size(), events, missing, duplicated, unanswered, otherTypes, unreadable);
    }

    public boolean nothingLost() {
        return missing == 0 && duplicated == 0 && unreadable == 0;
    }
}
