package cn.huiyin.bench.events;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/** The call ids intake answered 201 with, read from the answers' {@code callId}. */
public final class AcceptedCalls implements Consumer<String> {

    private static final String FIELD = "\"callId\":\"";

    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final LongAdder unreadable = new LongAdder();

    @Override
    public void accept(String createdBody) {
        // a string search, not a JSON parser: the load generator shares two cores with the platform
        int from = createdBody.indexOf(FIELD);
        int to = from < 0 ? -1 : createdBody.indexOf('"', from + FIELD.length());
        if (to < 0) {
            unreadable.increment();
            return;
        }
        ids.add(createdBody.substring(from + FIELD.length(), to));
    }

    public Set<String> ids() {
        return Set.copyOf(ids);
    }

    /** 201 answers without a call id: each is a call that cannot be checked on Kafka. */
    public long unreadable() {
        return unreadable.sum();
    }
}
