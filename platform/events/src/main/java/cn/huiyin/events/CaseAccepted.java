package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Objects;

/**
 * Published by case-service when the county accepts a case it was assigned (签收) and names its investigation
 * team; the time from {@code assignedAt} to {@code acceptedAt} is the county's response (响应), which the league
 * table (三率) rates. Keyed by {@code caseId}; a case accepted again after a re-assignment publishes again.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseAccepted(
        String caseId,
        String callId,
        String trackingNumber,
        String countyCode,
        Instant assignedAt,
        Instant acceptedAt) {

    public static final String TYPE = "cn.huiyin.case.accepted.v1";
    public static final String TOPIC = Topics.CASE_ACCEPTED;

    public CaseAccepted {
        Checks.notBlank(caseId, "caseId");
        Checks.notBlank(callId, "callId");
        Checks.notBlank(trackingNumber, "trackingNumber");
        Checks.code(countyCode, Checks.COUNTY_CODE, "countyCode");
        Objects.requireNonNull(assignedAt, "assignedAt");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Checks.require(!acceptedAt.isBefore(assignedAt), "acceptedAt must not be before assignedAt");
    }
}
