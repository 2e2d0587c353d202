package cn.huiyin.chassis.messaging;

import cn.huiyin.events.CloudEventAttributes;

/** An event as a consumer sees it: its CloudEvents attributes, its Kafka key and its payload. */
public record ReceivedEvent<T>(CloudEventAttributes attributes, String key, T payload) {

    public String id() {
        return attributes.id();
    }
}
