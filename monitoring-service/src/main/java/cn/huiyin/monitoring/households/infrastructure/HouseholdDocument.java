package cn.huiyin.monitoring.households.infrastructure;

import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.plans.model.AssistancePlan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A household as stored: the register entry, its last assessment, plan and visit dates, when the
 * first sign of risk came, and its unsent {@code household-risk} events — one document, one write.
 */
@Document(HouseholdDocument.COLLECTION)
public record HouseholdDocument(@Id String id, long version, Household data, StoredAssessment assessment,
        AssistancePlan plan, LocalDate lastVisit, LocalDate lastContact, Instant firstSignalAt,
        List<OutboxEvent> outbox) {

    public static final String COLLECTION = "households";

    public static String path(String field) {
        return "data." + field;
    }

    public HouseholdDocument with(Household next) {
        return new HouseholdDocument(id, version, next, assessment, plan, lastVisit, lastContact, firstSignalAt,
                List.of());
    }

    public HouseholdDocument with(StoredAssessment next) {
        return new HouseholdDocument(id, version, data, next, plan, lastVisit, lastContact, firstSignalAt, List.of());
    }

    public HouseholdDocument with(AssistancePlan next) {
        return new HouseholdDocument(id, version, data, assessment, next, lastVisit, lastContact, firstSignalAt,
                List.of());
    }

    public HouseholdDocument visited(LocalDate visit, LocalDate contact) {
        return new HouseholdDocument(id, version, data, assessment, plan, visit, contact, firstSignalAt, List.of());
    }

    public HouseholdDocument firstSignal(Instant at) {
        return new HouseholdDocument(id, version, data, assessment, plan, lastVisit, lastContact,
                firstSignalAt == null || at.isBefore(firstSignalAt) ? at : firstSignalAt, List.of());
    }
}
