package cn.huiyin.reporting.projections.streams;

import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContract;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.HouseholdMonitoringChanged;
import cn.huiyin.events.HouseholdRiskChanged;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record as its topic's contract says: CloudEvents headers, then the JSON payload. Another type or version
 * on the topic is skipped, not failed; a record that breaks the contract becomes a dead letter whose
 * {@code x-exception-message} names the rule it broke, like the binder's dead letters in the other services.
 */
final class EventDecoder implements FixedKeyProcessor<String, byte[], Inbound> {

    static final String EXCEPTION_MESSAGE = "x-exception-message";

    private static final Logger log = LoggerFactory.getLogger(EventDecoder.class);

    private final JsonMapper json;
    private final ReadModelMetrics metrics;
    private FixedKeyProcessorContext<String, Inbound> context;

    EventDecoder(JsonMapper json, ReadModelMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Inbound> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Optional<RecordMetadata> source = context.recordMetadata();
        String topic = source.map(RecordMetadata::topic).orElse("unknown");
        CloudEventAttributes attributes;
        try {
            attributes = CloudEventAttributes.fromHeaders(headers(record.headers()));
        } catch (IllegalArgumentException e) {
            deadLetter(record, topic, source, "the CloudEvents headers are not valid: " + e.getMessage());
            return;
        }
        Optional<EventContract<?>> contract = EventContracts.onTopic(topic).stream()
                .filter(candidate -> candidate.ceType().equals(attributes.type())).findFirst();
        if (contract.isEmpty()) {
            // another type or version on the same topic: not this read model's to count
            metrics.consumed(topic, attributes.type(), "skipped");
            return;
        }
        if (record.value() == null) {
            deadLetter(record, topic, source, topic + " record has no payload");
            return;
        }
        Record event;
        try {
            event = json.readValue(record.value(), contract.get().payloadType());
        } catch (JacksonException | IllegalArgumentException e) {
            deadLetter(record, topic, source, topic + " event is not a valid " + attributes.type() + ": "
                    + rootCause(e).getMessage());
            return;
        }
        Inbound inbound = inbound(attributes, event, record.value());
        if (inbound == null) {
            log.warn("{} {} of case {} has no callId; not counted as a missing report", topic, attributes.id(),
                    ((CaseOverdue) event).caseId());
            metrics.consumed(topic, attributes.type(), "skipped");
            return;
        }
        metrics.consumed(topic, attributes.type(), "applied");
        context.forward(record.withValue(inbound));
    }

    private static Inbound inbound(CloudEventAttributes attributes, Record event, byte[] payload) {
        if (event instanceof HouseholdRiskChanged || event instanceof HouseholdMonitoringChanged) {
            return new Inbound.Risk(attributes.id(), event);
        }
        CallEvent call = CallEvent.of(event);
        return call == null || call.callId() == null ? null : new Inbound.Call(call, attributes.type(), payload);
    }

    /** An event read here once already, after its re-keying by case id: as valid as it was then. */
    static CallEvent decode(PublishedEvent published, JsonMapper json) {
        EventContract<?> contract = EventContracts.forType(published.type()).orElseThrow(
                () -> new IllegalStateException("an event of unknown type " + published.type() + " was re-keyed"));
        return CallEvent.of(json.readValue(published.payload(), contract.payloadType()));
    }

    private void deadLetter(FixedKeyRecord<String, byte[]> record, String topic, Optional<RecordMetadata> source,
            String reason) {
        Headers headers = record.headers();
        headers.remove(EXCEPTION_MESSAGE);
        headers.add(EXCEPTION_MESSAGE, bytes(reason));
        headers.add("x-original-topic", bytes(topic));
        source.ifPresent(metadata -> {
            headers.add("x-original-partition", bytes(String.valueOf(metadata.partition())));
            headers.add("x-original-offset", bytes(String.valueOf(metadata.offset())));
        });
        headers.add("x-original-timestamp", bytes(String.valueOf(record.timestamp())));
        metrics.deadLettered(topic);
        log.warn("dead-lettering a {} record: {}", topic, reason);
        context.forward(record.withValue(new Inbound.Poison(record.value())));
    }

    private static Map<String, String> headers(Headers headers) {
        Map<String, String> values = new HashMap<>();
        for (Header header : headers) {
            if (header.value() != null) {
                values.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
