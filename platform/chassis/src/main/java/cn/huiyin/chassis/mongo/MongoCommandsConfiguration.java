package cn.huiyin.chassis.mongo;

import com.mongodb.reactivestreams.client.MongoClient;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** The MongoDB command counts of every service: per command and collection, and per request. */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration")
@ConditionalOnClass(MongoClient.class)
public class MongoCommandsConfiguration {

    @Bean
    MongoCommandCounts mongoCommandCounts(MeterRegistry meters) {
        return new MongoCommandCounts(meters);
    }

    @Bean
    MongoClientSettingsBuilderCustomizer huiyinMongoCommandCounts(MongoCommandCounts counts) {
        return settings -> settings.addCommandListener(counts).contextProvider(ReactorRequestContext.PROVIDER);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    RequestCommands requestCommands(MeterRegistry meters) {
        return new RequestCommands(meters);
    }
}
