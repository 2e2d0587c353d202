package cn.huiyin.chassis.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.cloud.stream.config.BindingServiceProperties;

/**
 * Counts what the binder sends to a dead-letter topic, {@code huiyin_events_dead_lettered_total{topic,group}},
 * and keeps the binder's default of the original partition. The binder asks this function for every dead
 * letter, so the count needs no listener of its own; every consumer binding's counter starts at 0, so that
 * dashboards and alerts see a series before the first dead letter.
 */
public class DeadLetters implements DlqPartitionFunction {

    static final String METRIC = "huiyin.events.dead.lettered";

    private final MeterRegistry meters;

    public DeadLetters(MeterRegistry meters, BindingServiceProperties bindings) {
        this.meters = meters;
        bindings.getBindings().forEach((name, binding) -> {
            if (name.contains("-in-") && binding.getDestination() != null && binding.getGroup() != null) {
                for (String topic : binding.getDestination().split(",")) {
                    counter(topic.trim(), binding.getGroup());
                }
            }
        });
    }

    @Override
    public Integer apply(String group, ConsumerRecord<?, ?> record, Throwable failure) {
        counter(record.topic(), group).increment();
        return ORIGINAL_PARTITION.apply(group, record, failure);
    }

    private Counter counter(String topic, String group) {
        return Counter.builder(METRIC).description("events sent to their dead-letter topic <topic>.<group>.dlq")
                .tag("topic", topic).tag("group", group).register(meters);
    }
}
