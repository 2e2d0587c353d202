package cn.huiyin.events;

import java.util.List;
import java.util.Objects;

/** Kafka topic names. The first four are the public contract department systems subscribe to. */
public final class Topics {

    public static final String CASE_RECEIVED = "case-received";
    public static final String CASE_VERIFIED = "case-verified";
    public static final String CALLBACK_COMPLETED = "callback-completed";
    public static final String HOUSEHOLD_RISK = "household-risk";
    public static final String CASE_ASSIGNED = "case-assigned";
    public static final String CASE_OVERDUE = "case-overdue";
    public static final String HOTSPOT_DETECTED = "hotspot-detected";
    public static final String CASE_ACCEPTED = "case-accepted";
    public static final String INSTRUCTION_OVERDUE = "instruction-overdue";

    public static final List<String> ALL = List.of(
            CASE_RECEIVED, CASE_VERIFIED, CALLBACK_COMPLETED, HOUSEHOLD_RISK, CASE_ASSIGNED, CASE_OVERDUE,
            HOTSPOT_DETECTED, CASE_ACCEPTED, INSTRUCTION_OVERDUE);

    private Topics() {
    }

    /** The dead-letter topic of one consumer group, so each group can replay its own failures. */
    public static String dlq(String topic, String group) {
        return Checks.notBlank(topic, "topic") + "." + Checks.notBlank(group, "group") + ".dlq";
    }

    static String requireKnown(String topic) {
        Objects.requireNonNull(topic, "topic");
        if (!ALL.contains(topic)) {
            throw new IllegalArgumentException("unknown topic '" + topic + "', expected one of " + ALL);
        }
        return topic;
    }
}
