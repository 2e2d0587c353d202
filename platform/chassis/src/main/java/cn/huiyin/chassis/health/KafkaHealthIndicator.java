package cn.huiyin.chassis.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reports whether the Kafka cluster answers. It is shown in {@code /actuator/health} but kept out
 * of readiness on purpose: with the outbox a service keeps accepting work while Kafka is away.
 */
public class KafkaHealthIndicator extends AbstractReactiveHealthIndicator implements DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final AdminClient admin;

    public KafkaHealthIndicator(Map<String, Object> adminProperties) {
        super("Kafka cluster did not answer");
        Map<String, Object> properties = new HashMap<>(adminProperties);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "huiyin-health");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.admin = AdminClient.create(properties);
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return Mono.fromCallable(() -> {
            DescribeClusterResult cluster = admin.describeCluster(
                    new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
            int nodes = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            String clusterId = cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
