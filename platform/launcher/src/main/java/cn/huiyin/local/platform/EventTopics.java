package cn.huiyin.local.platform;

import cn.huiyin.events.Topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the event topics before the services start, as production's {@code deploy/} does: otherwise the first
 * service to touch a topic creates it — a consumer's binder with one partition, a producer or the read model with the
 * broker's default — and reporting-service's read model refuses case topics whose partitions differ.
 */
public final class EventTopics {

    /** As many as the local broker's {@code num.partitions}. */
    public static final int PARTITIONS = 3;

    private EventTopics() {
    }

    /**
     * Creates each of {@link Topics#ALL} not there yet; the admin client's own retries wait up to {@code patience}
     * for the broker to answer.
     */
    public static void create(String bootstrapServers, Duration patience) {
        int timeout = Math.toIntExact(patience.toMillis());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topics.ALL.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, Optional.of(PARTITIONS), Optional.empty())).toList();
            for (KafkaFuture<Void> created : admin.createTopics(missing).values().values()) {
                awaitCreated(created);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create the event topics on " + bootstrapServers, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the event topics", e);
        }
    }

    /** Another process may have created the topic meanwhile: that is as good. */
    private static void awaitCreated(KafkaFuture<Void> created) throws InterruptedException {
        try {
            created.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create an event topic", e.getCause());
            }
        }
    }
}
