package cn.huiyin.reporting.projections.streams;

import cn.huiyin.events.Topics;
import cn.huiyin.reporting.projections.sink.ReadModelSink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the read model's topology with exactly-once processing while the service runs: creates its topics if
 * missing, binds the Kafka Streams metrics to Micrometer, replaces a stream thread that died of an
 * unexpected error, and closes cleanly at shutdown so the next start resumes from the committed state.
 */
public class ReadModelStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStreams.class);

    /** How long a start waits for the brokers (the admin client retries within it) before it gives up. */
    private static final int BROKERS_WAIT_MINUTES = 2;

    /** A fetch's bytes per partition and in all: a few hundred events each, enough to keep a thread busy. */
    public static final int FETCH_BYTES_PER_PARTITION = 256 * 1024;
    public static final int FETCH_BYTES = 8 * 1024 * 1024;

    private final ReadModelTopology topology;
    private final StreamsSettings settings;
    private final Map<String, Object> kafka;
    private final MeterRegistry meters;
    private final ReadModelReset reset;
    private volatile KafkaStreams streams;
    private KafkaStreamsMetrics metrics;

    /** {@code reset} runs before the topology starts when {@code huiyin.reporting.streams.reset} is set. */
    public ReadModelStreams(ReadModelTopology topology, StreamsSettings settings, Map<String, Object> kafka, MeterRegistry meters,
            ReadModelReset reset) {
        this.topology = topology;
        this.settings = settings;
        this.kafka = kafka;
        this.meters = meters;
        this.reset = reset;
    }

    /** Before the sink, which reads what the topology writes; stopped after it. */
    @Override
    public int getPhase() {
        return ReadModelSink.PHASE - 1;
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
        // What a stream thread holds of its input: each buffered record keeps the fetched batch it came from
        // alive (its headers are slices of it), so 1,000 records per partition over two dozen partitions filled
        // a 256 MB heap with fetch buffers and the service spent a third of its time in full collections.
        p.put(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, settings.bufferedRecordsPerPartition());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), FETCH_BYTES_PER_PARTITION);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), FETCH_BYTES);
        if (settings.replicationFactor() >= 3) {
            // changelogs and repartition topics survive one broker lost without refusing writes
            p.put(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG), "2");
        }
        p.putAll(settings.properties());
        return p;
    }

    @Override
    public void start() {
        if (settings.reset()) {
            log.warn("huiyin.reporting.streams.reset is set: the read model is derived again from the topics");
            reset.run();
        }
        int casePartitions = createTopics();
        KafkaStreams created = new KafkaStreams(topology.build(casePartitions), properties());
        if (settings.reset()) {
            created.cleanUp(); // the local RocksDB state of the application id
        }
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
            // leaving the group hands this instance's tasks to the others now, not after the session timeout
            current.close(new KafkaStreams.CloseOptions().timeout(Duration.ofSeconds(30)).leaveGroup(true));
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

    /** A topic deleted by a reset is refused as existing until the brokers have removed it: tried again a while. */
    private void createWhenDeleted(Admin admin, NewTopic topic) throws ExecutionException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                admin.createTopics(List.of(topic)).all().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                if (!settings.reset()) {
                    return; // another replica made it first
                }
                if (attempt >= 30) {
                    throw e;
                }
                Thread.sleep(1_000);
            }
        }
    }

    /**
     * The topics the topology reads and writes, where missing: the six topics (with the broker's defaults, as the
     * binder creates a consumer's topic; Kafka Streams would otherwise wait for the first event of each), their
     * dead-letter topics (as many partitions as their topic), and the compacted output. Production creates them
     * all beforehand (deploy/). Returns the partitions of the topics keyed by case id, which must all have as many:
     * a case's events are merged in the task of their partition number. A start without the brokers for
     * {@value #BROKERS_WAIT_MINUTES} minutes fails.
     */
    private int createTopics() {
        Optional<Short> replication = settings.replicationFactor() > 0
                ? Optional.of((short) settings.replicationFactor()) : Optional.empty();
        try (Admin admin = AdminClients.create(kafka, "huiyin-read-model-topics",
                Duration.ofMinutes(BROKERS_WAIT_MINUTES))) {
            Set<String> existing = admin.listTopics().names().get();
            for (String topic : ReadModelTopology.INPUT_TOPICS) {
                if (!existing.contains(topic)) {
                    create(admin, new NewTopic(topic, Optional.empty(), replication));
                }
            }
            Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.CLEANUP_POLICY_COMPACT);
            for (String topic : List.of(settings.bucketsTopic(), settings.factsTopic())) {
                if (settings.reset() || !existing.contains(topic)) {
                    createWhenDeleted(admin, new NewTopic(topic, Optional.of(settings.outputPartitions()), replication)
                            .configs(compacted));
                    log.info("created the read model's output topic {}", topic);
                }
            }
            Map<String, TopicDescription> inputs = TopicDescriptions.whenKnown(admin, ReadModelTopology.INPUT_TOPICS,
                    Duration.ofMinutes(BROKERS_WAIT_MINUTES));
            inputs.forEach((topic, description) -> {
                String dlq = Topics.dlq(topic, settings.deadLetterGroup());
                if (!existing.contains(dlq)) {
                    create(admin, new NewTopic(dlq, Optional.of(description.partitions().size()), replication));
                }
            });
            return casePartitions(inputs);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read or create the read model's topics: " + e.getCause(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the read model's topics", e);
        }
    }

    private static int casePartitions(Map<String, TopicDescription> inputs) {
        Map<String, Integer> partitions = new TreeMap<>();
        inputs.forEach((topic, description) -> {
            if (ReadModelTopology.keyedByCase(topic)) {
                partitions.put(topic, description.partitions().size());
            }
        });
        if (new HashSet<>(partitions.values()).size() != 1) {
            throw new IllegalStateException("the case topics must have as many partitions each, for a case's "
                    + "events to meet in one task of the read model; they have " + partitions);
        }
        return partitions.values().iterator().next();
    }

    private static void create(Admin admin, NewTopic topic) {
        try {
            admin.createTopics(List.of(topic)).all().get();
            log.info("created topic {}", topic.name());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                log.warn("could not create topic {}: {}", topic.name(), e.getCause().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
