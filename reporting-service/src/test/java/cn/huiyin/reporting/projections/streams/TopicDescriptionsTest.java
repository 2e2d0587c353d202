package cn.huiyin.reporting.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsResult;
import org.apache.kafka.clients.admin.MockAdminClient;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicCollection;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

class TopicDescriptionsTest {

    private static final Node BROKER = new Node(0, "127.0.0.1", 9092);

    /** A broker that learns of the topic only at the {@code knownAt}-th description. */
    private static final class LateBroker extends MockAdminClient {
        final AtomicInteger asked = new AtomicInteger();
        private final int knownAt;

        LateBroker(int knownAt) {
            super(List.of(BROKER), BROKER);
            this.knownAt = knownAt;
        }

        @Override
        public synchronized DescribeTopicsResult describeTopics(TopicCollection topics, DescribeTopicsOptions options) {
            if (asked.incrementAndGet() == knownAt) {
                addTopic(false, "case-received",
                        List.of(new TopicPartitionInfo(0, BROKER, List.of(BROKER), List.of(BROKER))), Map.of());
            }
            return super.describeTopics(topics, options);
        }
    }

    @Test
    void describesATopicOnceTheBrokerKnowsIt() throws Exception {
        try (LateBroker admin = new LateBroker(3)) {
            var described = TopicDescriptions.whenKnown(admin, List.of("case-received"), Duration.ofSeconds(30));

            assertThat(described.get("case-received").partitions()).hasSize(1);
            assertThat(admin.asked).hasValue(3);
        }
    }

    @Test
    void givesUpWhenTheTopicStaysUnknownPastTheLimit() {
        try (LateBroker admin = new LateBroker(Integer.MAX_VALUE)) {
            assertThatThrownBy(() -> TopicDescriptions.whenKnown(admin, List.of("case-received"), Duration.ofMillis(300)))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(UnknownTopicOrPartitionException.class);
            assertThat(admin.asked.get()).isGreaterThan(1);
        }
    }
}
