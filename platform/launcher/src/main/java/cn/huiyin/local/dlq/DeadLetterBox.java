package cn.huiyin.local.dlq;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Lists the dead letters of every {@code <topic>.<group>.dlq} topic and re-publishes them to their original topic,
 * recording each replay in {@link ReplayMarkers} so that it is sent once. The marker is written after the broker
 * acknowledged the replay: a crash in between sends that dead letter once more on the next replay, which the
 * consumers drop as a duplicate of its unchanged {@code ce_id}.
 */
public final class DeadLetterBox implements AutoCloseable {

    public static final String REPLAYS = ReplayMarkers.TOPIC;
    static final String DLQ_SUFFIX = ".dlq";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final Admin admin;
    private final TopicReader reader;
    private final ReplayMarkers markers;

    public DeadLetterBox(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()));
        this.reader = new TopicReader(bootstrapServers, TIMEOUT);
        this.markers = new ReplayMarkers(admin, reader, TIMEOUT);
    }

    /** The dead-letter topics, optionally of one original topic (or one DLQ topic) and of one consumer group. */
    public List<String> deadLetterTopics(String topic, String group) {
        return topics().stream().filter(name -> name.endsWith(DLQ_SUFFIX))
                .filter(name -> topic == null || name.equals(topic) || name.startsWith(topic + "."))
                .filter(name -> group == null || name.endsWith("." + group + DLQ_SUFFIX))
                .sorted().toList();
    }

    /** Every dead letter of the matching DLQ topics, oldest first per partition. */
    public List<DeadLetter> list(String topic, String group) {
        Set<String> replayed = replayed();
        List<DeadLetter> letters = new ArrayList<>();
        for (String dlq : deadLetterTopics(topic, group)) {
            reader.readAll(dlq, record -> letters.add(describe(record, replayed)));
        }
        return letters;
    }

    /**
     * Re-publishes the dead letters of {@code dlqTopic} (every DLQ topic when null) not yet replayed, or only the
     * one at {@code partition}/{@code offset} when an offset is given; returns what was (or, dry, would be) sent.
     */
    public List<DeadLetter> replay(String dlqTopic, Integer partition, Long offset, boolean dryRun) {
        if (offset != null && dlqTopic == null) {
            throw new IllegalArgumentException("--offset needs --topic <dlq-topic>");
        }
        Set<String> replayed = replayed();
        List<ConsumerRecord<byte[], byte[]>> due = new ArrayList<>();
        List<String> topics = dlqTopic == null ? deadLetterTopics(null, null) : List.of(dlqTopic);
        for (String dlq : topics) {
            reader.readAll(dlq, record -> {
                boolean chosen = offset == null
                        || (record.offset() == offset && record.partition() == (partition == null ? 0 : partition));
                if (chosen && !replayed.contains(DeadLetter.address(record.topic(), record.partition(),
                        record.offset()))) {
                    due.add(record);
                }
            });
        }
        List<DeadLetter> sent = new ArrayList<>();
        if (due.isEmpty()) {
            return sent;
        }
        if (!dryRun) {
            markers.ensureTopic();
        }
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (ConsumerRecord<byte[], byte[]> record : due) {
                DeadLetter letter = describe(record, replayed);
                if (!dryRun) {
                    await(producer.send(replayOf(record, letter)));
                    await(producer.send(markers.marker(letter, Instant.now().toString())));
                }
                sent.add(letter);
            }
        }
        return sent;
    }

    private ProducerRecord<byte[], byte[]> replayOf(ConsumerRecord<byte[], byte[]> record, DeadLetter letter) {
        if (letter.originalTopic() == null) {
            throw new IllegalStateException("dead letter " + letter.address() + " names no original topic");
        }
        // the original partition keeps the key's order; without it the producer partitions by key as services do
        Integer target = letter.originalPartition() == null ? null : letter.originalPartition().intValue();
        ProducerRecord<byte[], byte[]> replay = new ProducerRecord<>(letter.originalTopic(), target, record.key(),
                record.value());
        for (Header header : record.headers()) {
            if (!DeadLetterHeaders.describesTheFailure(header.key())) {
                replay.headers().add(header.key(), header.value());
            }
        }
        replay.headers().add(DeadLetterHeaders.REPLAYED_FROM, bytes(letter.address()));
        return replay;
    }

    private DeadLetter describe(ConsumerRecord<byte[], byte[]> record, Set<String> replayed) {
        var headers = record.headers();
        String originalTopic = DeadLetterHeaders.text(headers, DeadLetterHeaders.ORIGINAL_TOPIC);
        if (originalTopic == null) {
            originalTopic = originalTopicOf(record.topic());
        }
        Long originalPartition = DeadLetterHeaders.number(headers, DeadLetterHeaders.ORIGINAL_PARTITION);
        Long originalTimestamp = DeadLetterHeaders.number(headers, DeadLetterHeaders.ORIGINAL_TIMESTAMP);
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8), originalTopic,
                originalPartition == null ? null : originalPartition.intValue(),
                DeadLetterHeaders.number(headers, DeadLetterHeaders.ORIGINAL_OFFSET),
                Instant.ofEpochMilli(originalTimestamp == null ? record.timestamp() : originalTimestamp),
                DeadLetterHeaders.text(headers, DeadLetterHeaders.CE_TYPE),
                DeadLetterHeaders.text(headers, DeadLetterHeaders.CE_ID),
                Excerpts.reason(DeadLetterHeaders.text(headers, DeadLetterHeaders.EXCEPTION_MESSAGE)),
                Excerpts.payload(record.value()),
                replayed.contains(DeadLetter.address(record.topic(), record.partition(), record.offset())));
    }

    /** {@code case-received.case-service.dlq} → {@code case-received}, for dead letters without the header. */
    static String originalTopicOf(String dlqTopic) {
        String withoutSuffix = dlqTopic.substring(0, dlqTopic.length() - DLQ_SUFFIX.length());
        int group = withoutSuffix.lastIndexOf('.');
        return group < 0 ? null : withoutSuffix.substring(0, group);
    }

    private Set<String> replayed() {
        return markers.replayed(topics());
    }

    private Set<String> topics() {
        return await(admin.listTopics().names());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer in " + TIMEOUT, e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
