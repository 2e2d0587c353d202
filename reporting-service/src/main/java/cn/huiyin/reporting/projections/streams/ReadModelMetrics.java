package cn.huiyin.reporting.projections.streams;

import cn.huiyin.events.EventContracts;
import cn.huiyin.reporting.projections.model.CallFact;
import cn.huiyin.reporting.projections.model.Contributions;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;

/**
 * The topology's counters, named as the other services name theirs: events consumed by outcome, dead letters, and
 * for Grafana the calls and cases the read model first heard of, by county. Counters are not part of a Kafka
 * transaction: after a crash, the events redone are counted again, the read model itself is not.
 */
public class ReadModelMetrics {

    /** The consumer names the dashboards have shown for reporting since it had one consumer per topic. */
    private static final Map<String, String> CONSUMERS = Map.of(
            EventContracts.CASE_RECEIVED.topic(), "report-calls",
            EventContracts.CASE_ASSIGNED.topic(), "report-assignments",
            EventContracts.CASE_VERIFIED.topic(), "report-verifications",
            EventContracts.CALLBACK_COMPLETED.topic(), "report-callbacks",
            EventContracts.CASE_OVERDUE.topic(), "report-overdues",
            EventContracts.CASE_ACCEPTED.topic(), "report-acceptances",
            EventContracts.HOUSEHOLD_RISK_CHANGED.topic(), "report-households");

    private final MeterRegistry meters;
    private final String group;

    public ReadModelMetrics(MeterRegistry meters, String group) {
        this.meters = meters;
        this.group = group;
        // a series for every topic before its first dead letter, as the binder's consumers have
        CONSUMERS.keySet().forEach(topic -> deadLetters(topic));
    }

    void consumed(String topic, String type, String outcome) {
        Counter.builder("huiyin.events.consumed").description("events taken from Kafka, by outcome")
                .tag("consumer", CONSUMERS.getOrDefault(topic, topic)).tag("type", type).tag("outcome", outcome)
                .register(meters).increment();
    }

    void deadLettered(String topic) {
        consumed(topic, "unreadable", "dead-lettered");
        deadLetters(topic).increment();
    }

    /** Counts a call and a case when the fact first has them. */
    void changed(FactChange change) {
        CallFact before = change.before();
        CallFact after = change.after();
        if (before.call() == null && after.call() != null) {
            Counter.builder("huiyin.reporting.calls").description("calls projected, by county and type")
                    .tag("county", after.call().countyCode()).tag("type", after.call().type().name())
                    .register(meters).increment();
        }
        if (!Contributions.placedCase(before) && Contributions.placedCase(after)) {
            String county = after.caseCounty();
            Contributions.categoriesOf(after).forEach(category -> Counter.builder("huiyin.reporting.cases")
                    .description("cases projected, by county and category").tag("county", county)
                    .tag("category", category.name()).register(meters).increment());
        }
    }

    private Counter deadLetters(String topic) {
        return Counter.builder("huiyin.events.dead.lettered")
                .description("events sent to their dead-letter topic <topic>.<group>.dlq")
                .tag("topic", topic).tag("group", group).register(meters);
    }
}
