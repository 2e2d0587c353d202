package cn.huiyin.reporting.projections.streams;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Describes topics that may have been created a moment ago. A broker answers a creation before its metadata knows
 * the new topic, and the admin client fails a description of an unknown topic at once instead of retrying, so a
 * first start on empty brokers (which creates the topics it then describes) would fail without waiting here.
 */
final class TopicDescriptions {

    private static final long PAUSE_MILLIS = 100;

    private TopicDescriptions() {
    }

    static Map<String, TopicDescription> whenKnown(Admin admin, Collection<String> topics, Duration limit)
            throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return admin.describeTopics(topics).allTopicNames().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(PAUSE_MILLIS);
            }
        }
    }
}
