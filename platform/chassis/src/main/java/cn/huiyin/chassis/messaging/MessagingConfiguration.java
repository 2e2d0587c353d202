package cn.huiyin.chassis.messaging;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@AutoConfiguration(afterName = "cn.huiyin.chassis.outbox.OutboxConfiguration")
public class MessagingConfiguration {

    @Bean
    IdempotentConsumer idempotentConsumer(ReactiveMongoTemplate mongo, MeterRegistry meters, Clock clock,
            @Value("${huiyin.messaging.handler-timeout:30s}") Duration timeout) {
        return new IdempotentConsumer(mongo, meters, clock, timeout);
    }
}
