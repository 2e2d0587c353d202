package cn.huiyin.monitoring.households.web;

import cn.huiyin.events.MonitoringType;
import cn.huiyin.monitoring.households.model.Helper;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.Identification;
import cn.huiyin.monitoring.households.model.IdentificationDecision;
import cn.huiyin.monitoring.households.model.Member;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.model.PendingIdentification;
import cn.huiyin.monitoring.households.model.RigidExpenditure;
import cn.huiyin.monitoring.households.model.StoredAssessment;
import cn.huiyin.monitoring.households.model.YearlyIncome;
import cn.huiyin.monitoring.households.model.AssistancePlan;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A household as the API shows it: the head only masked, never the ID number or its sealed form; its
 * identification (type, reasons, when), its place in the identification queue and the last decision on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdView(String householdId, String regionCode, String countyCode, String headName,
        String headIdNumber, List<Member> members, HouseholdStatus status, String statusLabel,
        MonitoringType monitoringType, List<YearlyIncome> incomes, RigidExpenditure expenditure, Helper helper,
        boolean housingSafe, boolean waterSafe, Instant identifiedAt, Instant clearedAt, StoredAssessment risk,
        AssistancePlan plan, LocalDate lastVisit, LocalDate lastContact, Instant firstSignalAt,
        Identification identification, PendingIdentification waitingForIdentification,
        IdentificationDecision lastDecision, long version) {

    public static HouseholdView of(MonitoredHousehold d) {
        var h = d.facts();
        return new HouseholdView(h.householdId(), h.regionCode(), h.countyCode(), h.head().maskedName(),
                h.head().maskedIdNumber(), h.members(), h.status(), h.status().label(), h.monitoringType(),
                h.incomes(), h.expenditure(), h.helper(), h.housingSafe(), h.waterSafe(), h.identifiedAt(),
                h.clearedAt(), d.assessment(), d.plan(), d.lastVisit(), d.lastContact(), d.firstSignalAt(),
                d.identification(), d.pending(), d.lastDecision(), d.version());
    }
}
