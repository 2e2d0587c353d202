package cn.huiyin.bench.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Counts the {@code case-received} records per key (the call id) from the end offsets taken before
 * the load started, so that afterwards each accepted call can be matched with exactly one event.
 * Assigned to every partition (no group rebalancing) under a fresh group id that commits nothing.
 */
public final class CaseReceivedCounter implements AutoCloseable {

    public static final String TOPIC = "case-received";
    static final String TYPE = "cn.huiyin.case.received.v1";
    /** However the run goes, the consumer thread ends by itself after this long. */
    static final Duration LIFETIME = Duration.ofHours(1);

    private final String bootstrap;
    private final Map<String, Integer> perKey = new ConcurrentHashMap<>();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong otherTypes = new AtomicLong();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private volatile boolean stopped;
    private Thread poller;

    public CaseReceivedCounter(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Returns once the consumer sits at the current end of every partition. */
    public void start() throws InterruptedException {
        poller = new Thread(this::poll, "bench-case-received");
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
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.endOffsets(partitions).forEach(consumer::seek);
            partitions.forEach(consumer::position); // resolve the positions now, before the load begins
            positioned.countDown();
            long end = System.nanoTime() + LIFETIME.toNanos();
            while (!stopped && System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    count(record);
                }
            }
        } catch (RuntimeException e) {
            failure.set(e);
            positioned.countDown();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("topic " + TOPIC + " does not exist yet; is ./huiyin up running?");
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + TOPIC, e);
            }
        }
    }

    private void count(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            otherTypes.incrementAndGet();
            return;
        }
        perKey.merge(String.valueOf(record.key()), 1, Integer::sum);
        records.incrementAndGet();
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "huiyin-bench-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return properties;
    }

    public long records() {
        return records.get();
    }

    /**
     * Waits until no record has arrived for {@code quiet}, at most {@code bound}: the outbox sends
     * right after each answer, and sweeps what it missed after its grace period.
     */
    public void awaitQuiet(Duration quiet, Duration bound) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        long seen = -1;
        long changed = System.nanoTime();
        while (System.nanoTime() < end) {
            long now = records.get();
            if (now != seen) {
                seen = now;
                changed = System.nanoTime();
            } else if (System.nanoTime() - changed >= quiet.toNanos()) {
                return;
            }
            Thread.sleep(250);
        }
    }

    public EventCheck check(AcceptedCalls accepted) {
        return EventCheck.of(accepted.ids(), Map.copyOf(perKey), records.get(), otherTypes.get(),
                accepted.unreadable());
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        if (poller != null) {
            poller.join(Duration.ofSeconds(10).toMillis());
        }
    }
}
