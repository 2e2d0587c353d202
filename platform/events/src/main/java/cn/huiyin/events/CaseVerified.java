package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Published by case-service when a county's verification report (核查报告) has been accepted.
 * Keyed by {@code caseId}. It repeats the case's routing facts so that a report can be built from
 * this event alone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseVerified(
        String caseId,
        String callId,
        String trackingNumber,
        String regionCode,
        String countyCode,
        List<Category> categories,
        Department leadDepartment,
        List<Department> coDepartments,
        Substantiation substantiated,
        List<Nature> natures,
        String findings,
        Resolution resolution,
        ReportedSatisfaction reportedSatisfaction,
        boolean householdAtRisk,
        String householdId,
        String callerRef,
        Instant assignedAt,
        Instant deadline,
        Instant verifiedAt,
        boolean late,
        int reopenCount) {

    public static final String TYPE = "cn.huiyin.case.verified.v1";
    public static final String TOPIC = Topics.CASE_VERIFIED;

    public CaseVerified {
        Checks.notBlank(caseId, "caseId");
        Checks.notBlank(callId, "callId");
        Checks.notBlank(trackingNumber, "trackingNumber");
        Checks.code(regionCode, Checks.REGION_CODE, "regionCode");
        Checks.code(countyCode, Checks.COUNTY_CODE, "countyCode");
        categories = Checks.distinct(categories, "categories");
        Objects.requireNonNull(leadDepartment, "leadDepartment");
        coDepartments = Checks.distinct(coDepartments, "coDepartments");
        Checks.require(!coDepartments.contains(leadDepartment), "coDepartments must not contain the leadDepartment");
        Objects.requireNonNull(substantiated, "substantiated");
        natures = Checks.distinct(natures, "natures");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(reportedSatisfaction, "reportedSatisfaction");
        Checks.notBlank(callerRef, "callerRef");
        Objects.requireNonNull(assignedAt, "assignedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        Checks.atLeast(reopenCount, 0, "reopenCount");
    }
}
