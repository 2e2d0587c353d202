package cn.huiyin.chassis.mongo;

import com.mongodb.RequestContext;
import com.mongodb.reactivestreams.client.ReactiveContextProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.reactivestreams.Subscriber;

import reactor.core.CoreSubscriber;

/**
 * Hands the driver what the subscriber's Reactor context holds of {@link RequestCommands}'s counter,
 * so the command listener can add each command to the request that sent it.
 */
final class ReactorRequestContext implements RequestContext {

    static final ReactiveContextProvider PROVIDER = ReactorRequestContext::of;

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    private static RequestContext of(Subscriber<?> subscriber) {
        ReactorRequestContext context = new ReactorRequestContext();
        if (subscriber instanceof CoreSubscriber<?> core) {
            core.currentContext().getOrEmpty(RequestCommands.COUNT)
                    .ifPresent(count -> context.put(RequestCommands.COUNT, count));
        }
        return context;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T get(Object key) {
        return (T) values.get(key);
    }

    @Override
    public boolean hasKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public void put(Object key, Object value) {
        values.put(key, value);
    }

    @Override
    public void delete(Object key) {
        values.remove(key);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public Stream<Map.Entry<Object, Object>> stream() {
        return values.entrySet().stream();
    }
}
