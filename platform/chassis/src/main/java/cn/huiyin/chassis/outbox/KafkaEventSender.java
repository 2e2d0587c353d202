package cn.huiyin.chassis.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends one stored event to Kafka in CloudEvents binary mode and completes when the broker has
 * acknowledged it (acks=all). The producer may block while Kafka is unreachable, so sends run on
 * the bounded elastic scheduler, never on an event loop.
 */
public class KafkaEventSender implements DisposableBean {

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;

    public KafkaEventSender(DefaultKafkaProducerFactory<String, byte[]> producers, MeterRegistry meters) {
        this.producers = producers;
        this.kafka = new KafkaTemplate<>(producers);
        this.meters = meters;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    public Mono<Void> send(OutboxEvent event) {
        return Mono.defer(() -> Mono.fromFuture(kafka.send(record(event))))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnSuccess(result -> published(event))
                .doOnError(failure -> Counter.builder("huiyin.events.publish.failures")
                        .description("sends to Kafka that failed and stay in the outbox for the relay")
                        .tag("type", event.type()).register(meters).increment())
                .then();
    }

    static ProducerRecord<String, byte[]> record(OutboxEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(),
                event.payload().getBytes(StandardCharsets.UTF_8));
        event.attributes().toHeaders()
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private void published(OutboxEvent event) {
        Counter.builder("huiyin.events.published").description("events acknowledged by Kafka")
                .tag("type", event.type()).tag("topic", event.topic()).register(meters).increment();
        Timer.builder("huiyin.events.publish.latency")
                .description("from the change that caused an event to Kafka's acknowledgement")
                .tag("topic", event.topic()).publishPercentileHistogram()
                .register(meters).record(Duration.between(event.time(), Instant.now()));
    }
}
