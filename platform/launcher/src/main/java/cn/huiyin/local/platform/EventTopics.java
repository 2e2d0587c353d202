package cn.huiyin.local.platform;

import cn.huiyin.events.Topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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

    /** Creates each of {@link Topics#ALL} not there yet; waits up to {@code patience} for the broker. */
    public static void create(String bootstrapServers, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
                Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                List<NewTopic> missing = Topics.ALL.stream().filter(topic -> !existing.contains(topic))
                        .map(topic -> new NewTopic(topic, Optional.of(PARTITIONS), Optional.empty())).toList();
                if (!missing.isEmpty()) {
                    admin.createTopics(missing).values().values().forEach(EventTopics::awaitCreated);
                }
                return;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("could not create the event topics on " + bootstrapServers, e);
                }
                sleep();
            }
        }
    }

    private static void awaitCreated(org.apache.kafka.common.KafkaFuture<Void> created) {
        try {
            created.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
