package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Objects;

/**
 * Published by case-service when an open case's deadline is near ({@code DUE_SOON}) or has
 * passed ({@code OVERDUE}), once per stage, so supervisors can urge it (催办/督办). Keyed by
 * {@code caseId}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseOverdue(
        String caseId,
        String trackingNumber,
        String countyCode,
        OverdueStage stage,
        Instant deadline,
        Instant detectedAt,
        String callId) {

    public static final String TYPE = "cn.huiyin.case.overdue.v1";
    public static final String TOPIC = Topics.CASE_OVERDUE;

    public CaseOverdue {
        Checks.notBlank(caseId, "caseId");
        Checks.notBlank(trackingNumber, "trackingNumber");
        Checks.code(countyCode, Checks.COUNTY_CODE, "countyCode");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(detectedAt, "detectedAt");
        // optional: added after v1 was published, so older producers' events lack it
        callId = callId == null || callId.isBlank() ? null : callId;
    }

    /** The v1 fields as first published, without the call id. */
    public CaseOverdue(String caseId, String trackingNumber, String countyCode, OverdueStage stage, Instant deadline,
            Instant detectedAt) {
        this(caseId, trackingNumber, countyCode, stage, deadline, detectedAt, null);
    }
}
