package cn.huiyin.local.dlq;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * What was replayed: one record per dead letter in the compacted topic {@value #TOPIC}, keyed by
 * {@code <dlq>/<partition>/<offset>}. Committed offsets of a consumer group would only record a prefix of each
 * partition, so re-driving one dead letter by its offset (the one whose cause was fixed) would either mark the ones
 * before it as replayed or go unrecorded; a marker per dead letter records exactly what was sent.
 */
final class ReplayMarkers {

    static final String TOPIC = "huiyin-dlq-replays";

    private final Admin admin;
    private final TopicReader reader;
    private final Duration timeout;

    ReplayMarkers(Admin admin, TopicReader reader, Duration timeout) {
        this.admin = admin;
        this.reader = reader;
        this.timeout = timeout;
    }

    /** The addresses of every dead letter replayed so far. */
    Set<String> replayed(Set<String> topics) {
        Set<String> addresses = new HashSet<>();
        if (topics.contains(TOPIC)) {
            reader.readAll(TOPIC, record -> addresses.add(new String(record.key(), StandardCharsets.UTF_8)));
        }
        return addresses;
    }

    ProducerRecord<byte[], byte[]> marker(DeadLetter letter, String sentAt) {
        return new ProducerRecord<>(TOPIC, letter.address().getBytes(StandardCharsets.UTF_8),
                ("replayed to " + letter.originalTopic() + " at " + sentAt).getBytes(StandardCharsets.UTF_8));
    }

    void ensureTopic() {
        try {
            admin.createTopics(List.of(new NewTopic(TOPIC, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create " + TOPIC, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("could not create " + TOPIC + " in " + timeout, e);
        }
    }
}
