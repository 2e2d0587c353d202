package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Published by case-service when a case is transferred to a county with its lead department,
 * co-departments and deadline, and again ({@code reassignment}) whenever that assignment changes.
 * Keyed by {@code caseId}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseAssigned(
        String caseId,
        String callId,
        String trackingNumber,
        String countyCode,
        Department leadDepartment,
        List<Department> coDepartments,
        Instant deadline,
        String leadOfficial,
        Instant assignedAt,
        boolean reassignment) {

    public static final String TYPE = "cn.huiyin.case.assigned.v1";
    public static final String TOPIC = Topics.CASE_ASSIGNED;

    public CaseAssigned {
        Checks.notBlank(caseId, "caseId");
        Checks.notBlank(callId, "callId");
        Checks.notBlank(trackingNumber, "trackingNumber");
        Checks.code(countyCode, Checks.COUNTY_CODE, "countyCode");
        Objects.requireNonNull(leadDepartment, "leadDepartment");
        coDepartments = Checks.distinct(coDepartments, "coDepartments");
        // reports count department mentions; the lead listed again would be counted twice
        Checks.require(!coDepartments.contains(leadDepartment), "coDepartments must not contain the leadDepartment");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
