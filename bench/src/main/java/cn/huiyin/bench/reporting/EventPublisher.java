package cn.huiyin.bench.reporting;

import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContract;
import cn.huiyin.events.EventContracts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import tools.jackson.databind.json.JsonMapper;

/** Publishes events as the services do (CloudEvents headers, JSON, the aggregate id as key), batched for speed. */
final class EventPublisher implements AutoCloseable {

    private static final URI SOURCE = URI.create("urn:huiyin:bench");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer;

    EventPublisher(String bootstrap) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer());
    }

    void publish(Record event) {
        EventContract<Record> contract = EventContracts.forEvent(event);
        String key = contract.keyOf(event);
        CloudEventAttributes attributes = new CloudEventAttributes(UUID.randomUUID().toString(), contract.ceType(),
                SOURCE, Instant.now(), key);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(contract.topic(), key, JSON.writeValueAsBytes(event));
        attributes.toHeaders().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record, (metadata, failure) -> {
            if (failure != null) {
                throw new IllegalStateException("could not publish to " + contract.topic(), failure);
            }
        });
    }

    @Override
    public void close() {
        producer.flush();
        producer.close();
    }
}
