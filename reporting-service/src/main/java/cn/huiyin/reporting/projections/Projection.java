package cn.huiyin.reporting.projections;

import cn.huiyin.chassis.messaging.EventPayloads;
import cn.huiyin.chassis.messaging.StoreOutage;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContract;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.springframework.messaging.Message;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adapts one topic to the projector on the binder thread. It does not record processed event ids:
 * the projection is idempotent by construction (facts merge, entries are set under their key), which
 * saves two round trips per event. A failure reaches the binder, which retries and finally sends the
 * record to the dead-letter topic.
 */
final class Projection<T extends Record> implements Consumer<Message<T>> {

    private final String name;
    private final EventContract<T> contract;
    private final BiFunction<CloudEventAttributes, T, Mono<Void>> apply;
    private final MeterRegistry meters;
    private final Duration timeout;
    private final JsonMapper json;

    Projection(String name, EventContract<T> contract, BiFunction<CloudEventAttributes, T, Mono<Void>> apply,
            MeterRegistry meters, Duration timeout, JsonMapper json) {
        this.name = name;
        this.contract = contract;
        this.apply = apply;
        this.meters = meters;
        this.timeout = timeout;
        this.json = json;
    }

    @Override
    public void accept(Message<T> received) {
        // valid JSON the event refuses arrives as bytes: convert again so the dead letter names the rule
        Message<T> message = EventPayloads.converted(received, contract, json);
        CloudEventAttributes attributes = CloudEventAttributes.fromHeaders(message.getHeaders());
        if (!contract.ceType().equals(attributes.type())) {
            // another type or version on the same topic: not this projection's to read
            count(attributes.type(), "skipped");
            return;
        }
        Timer.Sample sample = Timer.start(meters);
        // while MongoDB is unreachable the partition pauses here rather than dead-lettering the event
        StoreOutage.waitOut(name, meters, () -> apply.apply(attributes, message.getPayload()).block(timeout));
        sample.stop(Timer.builder("huiyin.events.handle").description("time to apply one consumed event")
                .tag("consumer", name).tag("type", attributes.type()).register(meters));
        count(attributes.type(), "applied");
    }

    private void count(String type, String outcome) {
        Counter.builder("huiyin.events.consumed").description("events taken from Kafka, by outcome")
                .tag("consumer", name).tag("type", type).tag("outcome", outcome).register(meters).increment();
    }
}
