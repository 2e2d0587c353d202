package cn.huiyin.chassis.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(afterName = "cn.huiyin.chassis.outbox.OutboxConfiguration")
public class MessagingConfiguration {

    @Bean
    IdempotentConsumer idempotentConsumer(ReactiveMongoTemplate mongo, MeterRegistry meters, Clock clock,
            @Value("${huiyin.messaging.handler-timeout:30s}") Duration timeout,
            @Value("${huiyin.messaging.processed-retention:30d}") Duration retention, JsonMapper json) {
        IdempotentConsumer consumer = new IdempotentConsumer(mongo, meters, clock, timeout, json);
        // not awaited: a service starts while MongoDB is still coming up, and creating an index twice is harmless
        consumer.ensureIndexes(retention).subscribe(null, failure -> LoggerFactory.getLogger(IdempotentConsumer.class)
                .warn("could not create the processed-events index: {}", failure.toString()));
        return consumer;
    }

    @Bean
    DeadLetters deadLetters(MeterRegistry meters, BindingServiceProperties bindings) {
        return new DeadLetters(meters, bindings);
    }

    /** Per-record dead letters for batch bindings; the binder's own DLQ would send the whole batch. */
    @Bean
    BatchDeadLetters batchDeadLetters(DeadLetters deadLetters, KafkaProperties kafka) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, "huiyin-batch-dlq");
        return new BatchDeadLetters(deadLetters, producer);
    }
}
