package cn.huiyin.chassis.outbox;

import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContract;
import cn.huiyin.events.EventContracts;

import java.net.URI;
import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the events an aggregate returned into {@link OutboxEvent}s to store with it, in the same
 * document write. The application layer saves, then hands the stored events to {@link OutboxRelay}.
 */
public class EventOutbox {

    private final JsonMapper json;
    private final URI source;
    private final Clock clock;

    public EventOutbox(JsonMapper json, String serviceName, Clock clock) {
        this.json = json;
        this.source = CloudEventAttributes.sourceOf(serviceName);
        this.clock = clock;
    }

    public <T extends Record> OutboxEvent wrap(T event) {
        EventContract<T> contract = EventContracts.forEvent(event);
        String key = contract.keyOf(event);
        CloudEventAttributes attributes = CloudEventAttributes.of(contract, key, source, clock);
        return new OutboxEvent(attributes.id(), contract.topic(), key, contract.ceType(), source.toString(), key,
                attributes.time(), json.writeValueAsString(event));
    }
}
