package cn.huiyin.reporting.projections.sink;

import cn.huiyin.reporting.projections.model.BucketTotals;
import cn.huiyin.reporting.projections.streams.JsonSerde;
import cn.huiyin.reporting.projections.streams.ReadModelStreams;
import cn.huiyin.reporting.projections.streams.ReadModelTopics;
import cn.huiyin.reporting.projections.streams.StoredFact;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Carries the topology's output topics into MongoDB: polls a batch (committed transactions only), keeps the newest
 * record of each key, writes them in bulk and only then commits the offsets. A failed write is tried again from the
 * same offsets after a pause, so MongoDB being away delays the reports and loses nothing; a replayed batch changes
 * nothing, as every write keeps the newer of two versions.
 */
public class ReadModelSink implements SmartLifecycle {

    /** Started after the topology (and its reset), stopped before it. */
    public static final int PHASE = 1_000;

    private static final Logger log = LoggerFactory.getLogger(ReadModelSink.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final Map<String, Object> consumerConfig;
    private final ReadModelTopics topics;
    private final ReadModelWriter writer;
    private final Duration writeTimeout;
    private final Deserializer<BucketTotals> buckets = JsonSerde.of(BucketTotals.class).deserializer();
    private final Deserializer<StoredFact> facts = JsonSerde.of(StoredFact.class).deserializer();
    private final Counter bucketsWritten;
    private final Counter factsWritten;
    private final Timer batches;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public ReadModelSink(Map<String, Object> kafka, String group, ReadModelTopics topics, ReadModelWriter writer,
            Duration writeTimeout, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        // bounded like the stream thread's fetches: the service keeps to a 256 MB heap
        config.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, ReadModelStreams.FETCH_BYTES_PER_PARTITION);
        config.putIfAbsent(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, ReadModelStreams.FETCH_BYTES);
        this.consumerConfig = config;
        this.topics = topics;
        this.writer = writer;
        this.writeTimeout = writeTimeout;
        this.bucketsWritten = written("buckets", meters);
        this.factsWritten = written("facts", meters);
        this.batches = Timer.builder("huiyin.reporting.sink.batch")
                .description("time to write one batch of the read model into MongoDB").register(meters);
    }

    private static Counter written(String kind, MeterRegistry meters) {
        return Counter.builder("huiyin.reporting.sink.written").tag("kind", kind)
                .description("buckets and facts written into MongoDB by the read model's sink").register(meters);
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public void start() {
        running = true;
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this::run, "read-model-sink");
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            if (thread != null) {
                thread.join(30_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = POLL;
        try (KafkaConsumer<String, byte[]> kafka = consumer) {
            kafka.subscribe(List.of(topics.buckets(), topics.facts()));
            while (running) {
                ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    write(records);
                    kafka.commitSync();
                    backoff = POLL;
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    log.warn("could not write {} read-model records into MongoDB, trying again in {}: {}",
                            records.count(), backoff, e.toString());
                    rewind(kafka, records);
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            log.error("the read model's sink stopped", e);
        } finally {
            running = false;
        }
    }

    private void write(ConsumerRecords<String, byte[]> records) {
        Map<String, BucketTotals> newestBuckets = new LinkedHashMap<>();
        Map<String, StoredFact> newestFacts = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.key() == null || record.value() == null) {
                continue;
            }
            if (record.topic().equals(topics.buckets())) {
                newestBuckets.merge(record.key(), buckets.deserialize(record.topic(), record.value()),
                        (a, b) -> b.version() >= a.version() ? b : a);
            } else {
                newestFacts.merge(record.key(), facts.deserialize(record.topic(), record.value()),
                        (a, b) -> b.version() >= a.version() ? b : a);
            }
        }
        batches.record(() -> {
            writer.write(newestBuckets, newestFacts).block(writeTimeout);
        });
        bucketsWritten.increment(newestBuckets.size());
        factsWritten.increment(newestFacts.size());
    }

    /** Back to the first record of the batch on every partition, so the next poll brings the same batch again. */
    private static void rewind(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            if (!kafka.assignment().contains(partition)) {
                continue; // revoked meanwhile: its next owner starts from the committed offset
            }
            kafka.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
