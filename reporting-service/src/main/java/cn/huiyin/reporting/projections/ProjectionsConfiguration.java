package cn.huiyin.reporting.projections;

import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.sink.ReadModelSink;
import cn.huiyin.reporting.projections.sink.ReadModelWriter;
import cn.huiyin.reporting.projections.streams.ReadModelLag;
import cn.huiyin.reporting.projections.streams.ReadModelMetrics;
import cn.huiyin.reporting.projections.streams.ReadModelReset;
import cn.huiyin.reporting.projections.streams.ReadModelStreams;
import cn.huiyin.reporting.projections.streams.ReadModelTopology;
import cn.huiyin.reporting.projections.streams.StreamsSettings;

import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The report's read model: the Kafka Streams topology over every topic, the sink that writes its output into
 * MongoDB, and its lag for Grafana, tests and the rebuild. The summary and the ledger read what it wrote through
 * stores of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StreamsSettings.class)
class ProjectionsConfiguration {

    @Bean
    ReadModelStreams readModelStreams(StreamsSettings settings, KafkaProperties kafka, JsonMapper json,
            MeterRegistry meters, ReactiveMongoTemplate mongo,
            @Value("${huiyin.reporting.identification-limit:15d}") Duration identificationLimit,
            @Value("${huiyin.reporting.acceptance-limit:24h}") Duration acceptanceLimit) {
        ReadModelTopology topology = new ReadModelTopology(settings.topics(), settings.deadLetterGroup(), json,
                identificationLimit, acceptanceLimit, new ReadModelMetrics(meters, settings.deadLetterGroup()));
        return new ReadModelStreams(topology, settings, kafka.buildAdminProperties(), meters,
                new ReadModelReset(kafka.buildAdminProperties(), settings, mongo));
    }

    @Bean
    ReadModelSink readModelSink(StreamsSettings settings, KafkaProperties kafka, ReactiveMongoTemplate mongo,
            RegionRegistry regions, MeterRegistry meters,
            @Value("${huiyin.messaging.handler-timeout:30s}") Duration timeout) {
        return new ReadModelSink(kafka.buildAdminProperties(), settings.sinkGroup(), settings.topics(),
                new ReadModelWriter(mongo, regions), timeout, meters);
    }

    @Bean
    ReadModelLag readModelLag(StreamsSettings settings, KafkaProperties kafka, MeterRegistry meters) {
        return new ReadModelLag(kafka.buildAdminProperties(), settings, meters);
    }

    @Bean
    PeriodicTask readModelLagGauge(ReadModelLag lag, @Value("${huiyin.reporting.lag-interval:5s}") Duration interval) {
        return new PeriodicTask("read model lag", interval, lag::measure);
    }

    /** Named {@code readModel} in {@code /actuator/health}: UP while the topology runs or rebalances. */
    @Bean
    HealthIndicator readModelHealthIndicator(ReadModelStreams streams) {
        return () -> {
            KafkaStreams.State state = streams.state();
            Health.Builder health = state != null && (state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED)
                    ? Health.up() : Health.down();
            return health.withDetail("state", String.valueOf(state)).build();
        };
    }

}
