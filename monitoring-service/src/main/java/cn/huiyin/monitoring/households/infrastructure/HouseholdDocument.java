package cn.huiyin.monitoring.households.infrastructure;

import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.Identification;
import cn.huiyin.monitoring.households.model.IdentificationDecision;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.model.PendingIdentification;
import cn.huiyin.monitoring.households.model.StoredAssessment;
import cn.huiyin.monitoring.households.model.AssistancePlan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A household as stored: the register entry, its last assessment, plan and visit dates, when the first sign of the
 * current risk came, the identification that took it into monitoring, its place in the identification queue, the
 * last decision on it, and its unsent {@code household-risk} events — one document of bounded size, one write.
 */
@Document(HouseholdDocument.COLLECTION)
public record HouseholdDocument(@Id String id, long version, Household data, StoredAssessment assessment,
        AssistancePlan plan, LocalDate lastVisit, LocalDate lastContact, Instant firstSignalAt,
        List<OutboxEvent> outbox, List<LocalDate> recentVisits, Identification identification,
        PendingIdentification pending, IdentificationDecision lastDecision) {

    public static final String COLLECTION = "households";

    public static String path(String field) {
        return "data." + field;
    }

    public static HouseholdDocument of(MonitoredHousehold h, List<OutboxEvent> outbox) {
        return new HouseholdDocument(h.id(), h.version(), h.facts(), h.assessment(), h.plan(), h.lastVisit(),
                h.lastContact(), h.firstSignalAt(), outbox, h.recentVisits(), h.identification(), h.pending(),
                h.lastDecision());
    }

    public MonitoredHousehold household() {
        return new MonitoredHousehold(id, version, data, assessment, plan, lastVisit, lastContact, recentVisits,
                firstSignalAt, identification, pending, lastDecision);
    }
}
