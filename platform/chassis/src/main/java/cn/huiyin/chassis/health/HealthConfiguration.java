package cn.huiyin.chassis.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration")
@EnableConfigurationProperties(KafkaProperties.class)
public class HealthConfiguration {

    /** Named {@code mongo} in {@code /actuator/health}, where Spring Boot's indicator would be. */
    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(ReactiveMongoTemplate.class)
    MongoPingHealthIndicator mongoHealthIndicator(ReactiveMongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    /**
     * A request waits at most this long for a reachable MongoDB (the driver's default is 30 s), then is
     * answered 503 with Retry-After; readiness turns DOWN on the same failing ping.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer huiyinServerSelectionTimeout(
            @Value("${huiyin.mongo.server-selection-timeout:5s}") Duration timeout) {
        return settings -> settings.applyToClusterSettings(
                cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Named {@code kafka} in {@code /actuator/health}. */
    @Bean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties());
    }
}
