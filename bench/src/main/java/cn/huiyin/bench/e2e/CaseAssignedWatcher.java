package cn.huiyin.bench.e2e;

import cn.huiyin.events.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Notes when each call's {@code case-assigned} event (published by case-service when it opens the call's case)
 * reaches the benchmark: {@link System#nanoTime()} of the poll that returned it, by the event's {@code callId}.
 * Positioned at the end of every partition before the load starts; a fresh group id that commits nothing.
 */
final class CaseAssignedWatcher implements AutoCloseable {

    private static final String FIELD = "\"callId\":\"";
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final String bootstrap;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private volatile boolean stopped;
    private Thread poller;

    CaseAssignedWatcher(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    void start() throws InterruptedException {
        poller = new Thread(this::poll, "bench-case-assigned");
        poller.setDaemon(true);
        poller.start();
        if (!positioned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("could not reach Kafka at " + bootstrap + " within 60 s");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void poll() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_ASSIGNED, Duration.ofSeconds(30))
                    .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + Topics.CASE_ASSIGNED + " does not exist");
            }
            consumer.assign(partitions);
            consumer.endOffsets(partitions).forEach(consumer::seek);
            partitions.forEach(consumer::position);
            positioned.countDown();
            long end = System.nanoTime() + LIFETIME.toNanos();
            while (!stopped && System.nanoTime() < end) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    String callId = callId(record.value());
                    if (callId != null) {
                        arrivals.putIfAbsent(callId, now);
                    }
                }
            }
        } catch (RuntimeException e) {
            failure.set(e);
            positioned.countDown();
        }
    }

    /** A string search, not a JSON parser: the benchmark shares two cores with the platform. */
    private static String callId(byte[] value) {
        if (value == null) {
            return null;
        }
        String json = new String(value, StandardCharsets.UTF_8);
        int from = json.indexOf(FIELD);
        int to = from < 0 ? -1 : json.indexOf('"', from + FIELD.length());
        return to < 0 ? null : json.substring(from + FIELD.length(), to);
    }

    Long arrival(String callId) {
        return arrivals.get(callId);
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "huiyin-bench-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return properties;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        if (poller != null) {
            poller.join(Duration.ofSeconds(10).toMillis());
        }
    }
}
