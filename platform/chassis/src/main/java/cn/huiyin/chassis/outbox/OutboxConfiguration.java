package cn.huiyin.chassis.outbox;

import cn.huiyin.chassis.PeriodicTask;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration")
@EnableConfigurationProperties({OutboxProperties.class, KafkaProperties.class})
public class OutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventOutbox eventOutbox(JsonMapper json, @Value("${spring.application.name}") String serviceName, Clock clock) {
        return new EventOutbox(json, serviceName, clock);
    }

    /**
     * A producer of its own (not a bean, so Spring Boot's KafkaTemplate stays as it is): acks from
     * all in-sync replicas with idempotence, and a short block when Kafka is unreachable, since the
     * outbox keeps the event anyway.
     */
    @Bean
    KafkaEventSender kafkaEventSender(KafkaProperties kafka, OutboxProperties outbox, MeterRegistry meters) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) outbox.maxBlock().toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) outbox.deliveryTimeout().toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(outbox.deliveryTimeout().toMillis(), 10_000));
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "huiyin-outbox");
        return new KafkaEventSender(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new ByteArraySerializer()), meters);
    }

    @Bean
    OutboxRelay outboxRelay(ReactiveMongoTemplate mongo, KafkaEventSender sender, OutboxProperties properties,
            Clock clock, MeterRegistry meters) {
        return new OutboxRelay(mongo, sender, properties, clock, meters);
    }

    @Bean
    Outbox outbox(EventOutbox events, OutboxRelay relay) {
        return new Outbox(events, relay);
    }

    /** Reconciles once at start, then sweeps the marked documents at the configured interval. */
    @Bean
    PeriodicTask outboxSweeper(OutboxRelay relay, OutboxProperties properties) {
        return new PeriodicTask("outbox sweep", properties.sweepInterval(),
                () -> relay.ensureIndexes().onErrorResume(failure -> Mono.empty()).then(relay.reconcile()),
                relay::sweep);
    }

    /** Where configured: looks again for what a crashed instance left, so another instance sends it. */
    @Bean
    @ConditionalOnProperty("huiyin.outbox.reconcile-interval")
    PeriodicTask outboxReconciler(OutboxRelay relay, OutboxProperties properties) {
        return new PeriodicTask("outbox reconciliation", properties.reconcileInterval(), relay::reconcile);
    }
}
