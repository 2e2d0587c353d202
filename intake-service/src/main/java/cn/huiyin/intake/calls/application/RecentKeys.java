package cn.huiyin.intake.calls.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The idempotency keys this instance took lately, so a repeat of a call it accepted (or is accepting)
 * is answered with one read instead of doing the work again and losing at the unique index. A key
 * that is not here — evicted, taken by another instance, or before a restart — is still caught by
 * the index: the cost differs, the answer does not.
 */
final class RecentKeys {

    private final Map<String, Boolean> keys;

    RecentKeys(int capacity) {
        this.keys = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when the key was not taken here yet, and now is. */
    synchronized boolean take(String key) {
        return keys.putIfAbsent(key, Boolean.TRUE) == null;
    }

    /** Gives a key back whose call was not stored, so its next post does the work. */
    synchronized void release(String key) {
        keys.remove(key);
    }
}
