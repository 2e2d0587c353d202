package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Published by case-service when a callback attempt (回访) has ended: satisfied, unsatisfied (the
 * case is reopened) or unreachable (tried again, up to a limit). Keyed by {@code caseId}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackCompleted(
        String caseId,
        String callId,
        String trackingNumber,
        String regionCode,
        String countyCode,
        List<Category> categories,
        CallbackResult result,
        UnreachableReason unreachableReason,
        int attempt,
        boolean caseClosed,
        boolean caseReopened,
        Instant completedAt,
        String callerRef) {

    public static final String TYPE = "cn.huiyin.callback.completed.v1";
    public static final String TOPIC = Topics.CALLBACK_COMPLETED;

    public CallbackCompleted {
        Checks.notBlank(caseId, "caseId");
        Checks.notBlank(callId, "callId");
        Checks.notBlank(trackingNumber, "trackingNumber");
        Checks.code(regionCode, Checks.REGION_CODE, "regionCode");
        Checks.code(countyCode, Checks.COUNTY_CODE, "countyCode");
        categories = Checks.distinct(categories, "categories");
        Objects.requireNonNull(result, "result");
        Checks.require(unreachableReason == null || result == CallbackResult.UNREACHABLE,
                "unreachableReason is only allowed when result is UNREACHABLE");
        Checks.atLeast(attempt, 1, "attempt");
        Checks.require(!(caseClosed && caseReopened), "a case cannot be both closed and reopened by one callback");
        Objects.requireNonNull(completedAt, "completedAt");
        Checks.notBlank(callerRef, "callerRef");
    }
}
