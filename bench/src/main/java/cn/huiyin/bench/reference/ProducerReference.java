package cn.huiyin.bench.reference;

import cn.huiyin.bench.load.Loopback;
import cn.huiyin.bench.machine.LoadAverage;
import cn.huiyin.bench.results.Figures;
import cn.huiyin.events.Topics;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The broker's reference, in the manner of {@code kafka-producer-perf-test --throughput -1}: one producer
 * ({@code acks=all}, otherwise the client's defaults) sends random records of {@code --record-size} bytes without
 * keys as fast as it can to a topic of its own (as many partitions as {@code case-received}), for at most
 * {@code --seconds} or {@code --records}; records/s and the send-to-acknowledgement latency. The topic is
 * deleted afterwards.
 */
public final class ProducerReference {

    static final String TOPIC = "huiyin-bench-producer";

    private ProducerReference() {
    }

    public static int run(String[] args) throws Exception {
        String kafka = "127.0.0.1:9092";
        int size = 1024;
        long maxRecords = 300_000;
        Duration duration = Duration.ofSeconds(15);
        Path json = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--kafka" -> kafka = args[i + 1];
                case "--record-size" -> size = Integer.parseInt(args[i + 1]);
                case "--records" -> maxRecords = Long.parseLong(args[i + 1]);
                case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(args[i + 1]));
                case "--json" -> json = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException(args[args.length - 1] + " needs a value");
        }
        if (size < 1 || size > 1_000_000 || maxRecords < 1 || maxRecords > 10_000_000 || duration.isZero()
                || duration.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("--record-size 1..1000000, --records 1..10000000, --seconds 1..300");
        }
        Loopback.require(URI.create("tcp://" + kafka));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            int partitions = admin.describeTopics(List.of(Topics.CASE_RECEIVED)).allTopicNames().get()
                    .get(Topics.CASE_RECEIVED).partitions().size();
            create(admin, partitions);
            try {
                return measure(kafka, size, maxRecords, duration, partitions, json);
            } finally {
                admin.deleteTopics(List.of(TOPIC)).all().get();
            }
        }
    }

    private static void create(Admin admin, int partitions) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static int measure(String kafka, int size, long maxRecords, Duration duration, int partitions, Path json)
            throws Exception {
        byte[] payload = new byte[size];
        SplittableRandom random = new SplittableRandom(52);
        for (int i = 0; i < size; i++) {
            payload[i] = (byte) ('A' + random.nextInt(26));
        }
        Histogram latency = new ConcurrentHistogram(Duration.ofMinutes(2).toNanos() / 1000, 3);
        LongAdder acked = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicLong lastAck = new AtomicLong();
        long sent = 0;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            while (sent < maxRecords && System.nanoTime() < end) {
                long sendNanos = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, payload), (metadata, failure) -> {
                    long now = System.nanoTime();
                    if (failure == null) {
                        latency.recordValue(Math.max(0, (now - sendNanos) / 1000));
                        acked.increment();
                    } else {
                        failed.increment();
                    }
                    lastAck.accumulateAndGet(now, Math::max);
                });
                sent++;
            }
            producer.flush();
        }
        double seconds = (Math.max(lastAck.get(), start + 1) - start) / 1e9;
        double perSecond = acked.sum() / seconds;
        System.out.printf("raw producer (acks=all, %d-byte records, %d partitions): %,d sent, %,d acknowledged, "
                + "%,d failed in %.1f s: %,.0f records/s (%.1f MB/s); send-to-ack p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms; load %s%n", size, partitions, sent, acked.sum(), failed.sum(), seconds, perSecond,
                perSecond * size / 1e6, latency.getValueAtPercentile(50) / 1e3, latency.getValueAtPercentile(99) / 1e3,
                latency.getMaxValue() / 1e3, LoadAverage.now());
        new Figures().put("recordSize", size).put("partitions", partitions).put("sent", sent)
                .put("acknowledged", acked.sum()).put("failed", failed.sum()).put("seconds", seconds)
                .put("recordsPerSecond", perSecond).put("p50Ms", latency.getValueAtPercentile(50) / 1e3)
                .put("p99Ms", latency.getValueAtPercentile(99) / 1e3).put("maxMs", latency.getMaxValue() / 1e3)
                .write(json);
        return failed.sum() == 0 ? 0 : 1;
    }
}
