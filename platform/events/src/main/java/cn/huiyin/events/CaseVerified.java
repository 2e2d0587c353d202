package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Published by case-service when a county's verification report (核查报告) has been accepted.
 * Keyed by {@code caseId}. It repeats the case's routing facts so that a report can be built from
 * this event alone.
 *
 * @param reopenCount how often the case went back to the county before this report: returned by the
 *                    city's review (市级核查退回) or reopened after an unsatisfied callback
 * @param returnCount how many of those were returns by the city's review; the rest were reopenings
 *                    after a callback. Null in events of producers older than the field.
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
        int reopenCount,
        Integer returnCount) {

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
        // optional: added after v1 was published, so older producers' events lack it
        if (returnCount != null) {
            Checks.atLeast(returnCount, 0, "returnCount");
            Checks.require(returnCount <= reopenCount, "returnCount must not exceed reopenCount");
        }
    }

    /** The v1 fields as first published, without the count of city returns. */
    public CaseVerified(String caseId, String callId, String trackingNumber, String regionCode, String countyCode,
            List<Category> categories, Department leadDepartment, List<Department> coDepartments,
            Substantiation substantiated, List<Nature> natures, String findings, Resolution resolution,
            ReportedSatisfaction reportedSatisfaction, boolean householdAtRisk, String householdId, String callerRef,
            Instant assignedAt, Instant deadline, Instant verifiedAt, boolean late, int reopenCount) {
        this(caseId, callId, trackingNumber, regionCode, countyCode, categories, leadDepartment, coDepartments,
                substantiated, natures, findings, resolution, reportedSatisfaction, householdAtRisk, householdId,
                callerRef, assignedAt, deadline, verifiedAt, late, reopenCount, null);
    }
}
