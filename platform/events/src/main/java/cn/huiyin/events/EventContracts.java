package cn.huiyin.events;

import java.util.List;
import java.util.Optional;

/**
 * Every event type Huiyin publishes. The outbox looks up a record's topic and ce_type here, and
 * consumers look up the record class of an incoming ce_type.
 */
public final class EventContracts {

    public static final EventContract<CaseReceived> CASE_RECEIVED =
            EventContract.of(CaseReceived.class, CaseReceived.TOPIC, CaseReceived.TYPE, "callId");
    public static final EventContract<CaseAssigned> CASE_ASSIGNED =
            EventContract.of(CaseAssigned.class, CaseAssigned.TOPIC, CaseAssigned.TYPE, "caseId");
    public static final EventContract<CaseAccepted> CASE_ACCEPTED =
            EventContract.of(CaseAccepted.class, CaseAccepted.TOPIC, CaseAccepted.TYPE, "caseId");
    public static final EventContract<CaseVerified> CASE_VERIFIED =
            EventContract.of(CaseVerified.class, CaseVerified.TOPIC, CaseVerified.TYPE, "caseId");
    public static final EventContract<CallbackCompleted> CALLBACK_COMPLETED =
            EventContract.of(CallbackCompleted.class, CallbackCompleted.TOPIC, CallbackCompleted.TYPE, "caseId");
    public static final EventContract<CaseOverdue> CASE_OVERDUE =
            EventContract.of(CaseOverdue.class, CaseOverdue.TOPIC, CaseOverdue.TYPE, "caseId");
    public static final EventContract<HouseholdRiskChanged> HOUSEHOLD_RISK_CHANGED =
            EventContract.of(HouseholdRiskChanged.class, HouseholdRiskChanged.TOPIC, HouseholdRiskChanged.TYPE,
                    "householdId");
    public static final EventContract<HouseholdMonitoringChanged> HOUSEHOLD_MONITORING_CHANGED =
            EventContract.of(HouseholdMonitoringChanged.class, HouseholdMonitoringChanged.TOPIC,
                    HouseholdMonitoringChanged.TYPE, "householdId");
    public static final EventContract<HotspotDetected> HOTSPOT_DETECTED =
            EventContract.of(HotspotDetected.class, HotspotDetected.TOPIC, HotspotDetected.TYPE, "hotspotId");
    public static final EventContract<InstructionOverdue> INSTRUCTION_OVERDUE =
            EventContract.of(InstructionOverdue.class, InstructionOverdue.TOPIC, InstructionOverdue.TYPE,
                    "instructionId");

    public static final List<EventContract<?>> ALL = List.of(
            CASE_RECEIVED, CASE_ASSIGNED, CASE_ACCEPTED, CASE_VERIFIED, CALLBACK_COMPLETED, CASE_OVERDUE,
            HOUSEHOLD_RISK_CHANGED, HOUSEHOLD_MONITORING_CHANGED, HOTSPOT_DETECTED, INSTRUCTION_OVERDUE);

    private EventContracts() {
    }

    /**
     * The contract of an incoming ce_type; empty for a type this version does not know (a newer
     * {@code .v2}, say), which a consumer should skip rather than fail on.
     */
    public static Optional<EventContract<?>> forType(String ceType) {
        return ALL.stream().filter(contract -> contract.ceType().equals(ceType)).findFirst();
    }

    /** The contract of an event record; a record that is not an event is a programming error. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> EventContract<T> forClass(Class<T> payloadType) {
        return (EventContract<T>) ALL.stream()
                .filter(contract -> contract.payloadType().equals(payloadType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payloadType.getName() + " is not a Huiyin event"));
    }

    /** The contract of an event instance, for publishers that hold events of several types. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> EventContract<T> forEvent(T event) {
        return forClass((Class<T>) event.getClass());
    }

    /** The contracts published on a topic: one per version while old and new versions overlap. */
    public static List<EventContract<?>> onTopic(String topic) {
        return ALL.stream().filter(contract -> contract.topic().equals(topic)).toList();
    }
}
