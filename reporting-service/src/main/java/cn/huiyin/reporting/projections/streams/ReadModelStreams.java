package cn.huiyin.reporting.projections.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the read model's topology with exactly-once processing while the service runs: creates its compacted output
 * topics if missing, binds the Kafka Streams metrics to Micrometer, replaces a stream thread that died of an
 * unexpected error, and closes cleanly at shutdown so the next start resumes from the committed state.
 */
public class ReadModelStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStreams.class);

    private final Topology topology;
    private final StreamsSettings settings;
    private final Map<String, Object> kafka;
    private final MeterRegistry meters;
    private volatile KafkaStreams streams;
    private KafkaStreamsMetrics metrics;

    public ReadModelStreams(Topology topology, StreamsSettings settings, Map<String, Object> kafka, MeterRegistry meters) {
        this.topology = topology;
        this.settings = settings;
        this.kafka = kafka;
        this.meters = meters;
    }

    /** The Kafka Streams configuration of this process. */
    public Properties properties() {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, settings.standbyReplicas());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.replicationFactor());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitInterval().toMillis());
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, settings.cacheMaxBytes());
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
        p.put(BoundedRocksDbMemory.TOTAL_BYTES, String.valueOf(settings.rocksdbMemory()));
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        if (settings.replicationFactor() >= 3) {
            // changelogs and repartition topics survive one broker lost without refusing writes
            p.put(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG), "2");
        }
        p.putAll(settings.properties());
        return p;
    }

    @Override
    public void start() {
        createOutputTopics();
        KafkaStreams created = new KafkaStreams(topology, properties());
        created.setUncaughtExceptionHandler(failure -> {
            log.error("a read-model stream thread failed; replacing it, it resumes from the last commit", failure);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        created.setStateListener((now, before) -> log.info("read model: {} -> {}", before, now));
        metrics = new KafkaStreamsMetrics(created, List.of(Tag.of("topology", "read-model")));
        metrics.bindTo(meters);
        streams = created;
        created.start();
    }

    @Override
    public void stop() {
        KafkaStreams current = streams;
        if (current != null) {
            current.close(Duration.ofSeconds(30));
        }
        if (metrics != null) {
            metrics.close();
        }
        streams = null;
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** Null before the start and after the stop. */
    public KafkaStreams.State state() {
        KafkaStreams current = streams;
        return current == null ? null : current.state();
    }

    private String stateDir() {
        if (settings.stateDir() != null) {
            return settings.stateDir().toAbsolutePath().toString();
        }
        try {
            return Files.createTempDirectory("huiyin-read-model").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createOutputTopics() {
        Map<String, String> compacted = new HashMap<>();
        compacted.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        List<NewTopic> topics = List.of(settings.bucketsTopic(), settings.factsTopic()).stream()
                .map(name -> new NewTopic(name, Optional.of(settings.outputPartitions()),
                        settings.replicationFactor() > 0 ? Optional.of((short) settings.replicationFactor())
                                : Optional.empty()).configs(compacted))
                .toList();
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(config)) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                    log.info("created the read model's output topic {}", topic.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        // Kafka away at start: the topology waits for it; a topic it creates is not compacted
                        log.warn("could not create the read model's output topic {}: {}", topic.name(),
                                e.getCause().toString());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
