package cn.huiyin.chassis.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * The one way a store writes a change together with the events it caused: the events are wrapped
 * into {@link OutboxEvent}s, the store's single write puts them into the changed document, and
 * once that write succeeded the relay sends them. Stores call it; application code never sees
 * the three steps.
 */
public class Outbox {

    /** A document's events as they will be stored in it. */
    public record Staged<K>(K documentId, List<OutboxEvent> events) {
    }

    /** One document's change for {@link #saveAll}: its id and the events the change caused. */
    public record Change<K>(K documentId, List<? extends Record> events) {
    }

    private final EventOutbox events;
    private final OutboxRelay relay;

    public Outbox(EventOutbox events, OutboxRelay relay) {
        this.events = events;
        this.relay = relay;
    }

    /**
     * Wraps the events, runs the write that stores them inside the document, then dispatches them
     * in the background. The write returns what the caller wants back (the stored document), or
     * empty when it wrote nothing, in which case nothing is sent.
     */
    public <T> Mono<T> save(String collection, Object documentId, List<? extends Record> changeEvents,
            Function<List<OutboxEvent>, Mono<T>> write) {
        List<OutboxEvent> wrapped = wrap(changeEvents);
        return write.apply(wrapped)
                .doOnNext(written -> relay.dispatchInBackground(collection, documentId, wrapped));
    }

    /**
     * Many documents in one write (a bulk insert or update): the write gets every document's wrapped
     * events and returns the ids it actually wrote; only their events are sent.
     */
    public <K> Mono<Set<K>> saveAll(String collection, List<Change<K>> changes,
            Function<List<Staged<K>>, Mono<Set<K>>> write) {
        List<Staged<K>> staged = changes.stream()
                .map(change -> new Staged<>(change.documentId(), wrap(change.events())))
                .toList();
        return write.apply(staged)
                .doOnNext(written -> staged.stream()
                        .filter(change -> written.contains(change.documentId()))
                        .forEach(change -> relay.dispatchInBackground(collection, change.documentId(),
                                change.events())));
    }

    /**
     * Many documents in one write that cannot tell which of them it changed (a bulk of conditional
     * updates): every document with events is marked afterwards in one more bulk write, and the
     * sweep sends what they hold.
     */
    public <K, T> Mono<T> saveAllForSweep(String collection, List<Change<K>> changes,
            Function<List<Staged<K>>, Mono<T>> write) {
        List<Staged<K>> staged = changes.stream()
                .map(change -> new Staged<>(change.documentId(), wrap(change.events())))
                .toList();
        List<K> withEvents = staged.stream().filter(change -> !change.events().isEmpty())
                .map(Staged::documentId).toList();
        return write.apply(staged)
                .flatMap(written -> relay.markAll(collection, withEvents).thenReturn(written));
    }

    private List<OutboxEvent> wrap(Collection<? extends Record> changeEvents) {
        return changeEvents.stream().map(events::wrap).toList();
    }
}
