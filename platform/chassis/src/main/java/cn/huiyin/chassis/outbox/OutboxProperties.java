package cn.huiyin.chassis.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiyin.outbox.*}: the collections whose documents carry an {@code outbox} field, how often
 * the relay sweeps them, and how old an unsent event must be before the sweep takes it over from
 * the immediate dispatch, and how long acknowledged events wait to be removed from their documents
 * together with others (one update for many). {@code reconcile-interval}: how often to look for
 * documents a crashed instance left with unsent events (always once at start; with several
 * instances on a real MongoDB, set it so a survivor finds them — it is one indexed query).
 */
@ConfigurationProperties("huiyin.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("2s") Duration sweepInterval,
        @DefaultValue("10s") Duration grace,
        @DefaultValue("200") int batchSize,
        @DefaultValue("5s") Duration maxBlock,
        @DefaultValue("30s") Duration deliveryTimeout,
        @DefaultValue("100ms") Duration removalWindow,
        Duration reconcileInterval) {
}
