package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Version 2 of the {@code household-risk} contract, published by monitoring-service. Version 1
 * ({@link HouseholdRiskChanged}) called a score rising from NONE an identification and forced the level to NONE on
 * elimination; from v2 on, identification (纳入监测), re-identification after elimination (返贫/再次纳入) and
 * elimination (风险消除) are the decisions the monitoring office records, each its own {@code change}, and an
 * assessment that only moves the level is {@code LEVEL_CHANGED}. Consumers keep reading v1 for the history before.
 * Keyed by {@code householdId}.
 *
 * @param reasons       the risk factors the household was taken into monitoring for (识别原因), kept until its
 *                      risk is eliminated; empty for a household never identified
 * @param identifiedAt  when the household was (last) taken into monitoring; null for a household never identified
 * @param firstSignalAt when the first signal of this risk arrived, for identifications: reports measure late
 *                      identification from it to {@code changedAt}; null when the household was taken in on a
 *                      decision without a prior signal
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HouseholdMonitoringChanged(
        String householdId,
        MonitoringChange change,
        String regionCode,
        String countyCode,
        RiskLevel previousLevel,
        RiskLevel level,
        int score,
        List<RiskFactor> factors,
        MonitoringType monitoringType,
        List<RiskFactor> reasons,
        HouseholdRiskChanged.Trigger trigger,
        Instant changedAt,
        Instant identifiedAt,
        Instant firstSignalAt) {

    public static final String TYPE = "cn.huiyin.household.risk-changed.v2";
    public static final String TOPIC = Topics.HOUSEHOLD_RISK;

    public HouseholdMonitoringChanged {
        Checks.notBlank(householdId, "householdId");
        Objects.requireNonNull(change, "change");
        Checks.code(regionCode, Checks.HOUSEHOLD_REGION_CODE, "regionCode");
        Checks.code(countyCode, Checks.COUNTY_CODE, "countyCode");
        Objects.requireNonNull(level, "level");
        Checks.require(score >= 0 && score <= 100, "score must be between 0 and 100 but was " + score);
        factors = Checks.distinct(factors, "factors");
        reasons = Checks.distinct(reasons, "reasons");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(changedAt, "changedAt");
        Checks.require(firstSignalAt == null || !firstSignalAt.isAfter(changedAt),
                "firstSignalAt must not be after changedAt");
        Checks.require(identifiedAt == null || !identifiedAt.isAfter(changedAt),
                "identifiedAt must not be after changedAt");
        switch (change) {
            case IDENTIFIED, REIDENTIFIED -> {
                Checks.require(monitoringType != null, change + " needs the monitoring type");
                Checks.require(!reasons.isEmpty(), change + " needs the reasons of identification");
                Checks.require(changedAt.equals(identifiedAt), change + " needs identifiedAt equal to changedAt");
            }
            case ELIMINATED -> {
                Checks.require(monitoringType != null, "ELIMINATED needs the monitoring type it ends");
                Checks.require(identifiedAt != null, "ELIMINATED needs identifiedAt");
            }
            case LEVEL_CHANGED -> Checks.require(previousLevel != null && previousLevel != level,
                    "LEVEL_CHANGED needs a previousLevel different from level");
        }
    }
}
