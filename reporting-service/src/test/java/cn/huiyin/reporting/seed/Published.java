package cn.huiyin.reporting.seed;

import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContract;
import cn.huiyin.events.EventContracts;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** An event as a producer would publish it: topic, key, CloudEvents attributes and payload. */
public record Published(String topic, String key, CloudEventAttributes attributes, Record payload) {

    static Published of(Record payload, String key, Instant time, long sequence) {
        EventContract<?> contract = EventContracts.forEvent(payload);
        // a stable id per generated event, so that a second delivery is recognisably the same event
        String id = UUID.nameUUIDFromBytes(("bijie-2020:" + sequence).getBytes()).toString();
        CloudEventAttributes attributes = new CloudEventAttributes(id, contract.ceType(),
                URI.create("urn:huiyin:seed-generator"), time, key);
        return new Published(contract.topic(), key, attributes, payload);
    }
}
