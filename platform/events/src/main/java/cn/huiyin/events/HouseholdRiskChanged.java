package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Published by monitoring-service when a household's return-to-poverty risk is identified,
 * changes level, or is eliminated (风险消除). Keyed by {@code householdId}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HouseholdRiskChanged(
        String householdId,
        RiskChange change,
        String regionCode,
        String countyCode,
        RiskLevel previousLevel,
        RiskLevel level,
        int score,
        List<RiskFactor> factors,
        MonitoringType monitoringType,
        Trigger trigger,
        Instant changedAt,
        Instant firstSignalAt) {

    public static final String TYPE = "cn.huiyin.household.risk-changed.v1";
    public static final String TOPIC = Topics.HOUSEHOLD_RISK;

    public HouseholdRiskChanged {
        Checks.notBlank(householdId, "householdId");
        Objects.requireNonNull(change, "change");
        Checks.code(regionCode, Checks.HOUSEHOLD_REGION_CODE, "regionCode");
        Checks.code(countyCode, Checks.COUNTY_CODE, "countyCode");
        Objects.requireNonNull(level, "level");
        Checks.require(score >= 0 && score <= 100, "score must be between 0 and 100 but was " + score);
        factors = Checks.distinct(factors, "factors");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(changedAt, "changedAt");
        // optional (added after v1 was published): when the first signal of this risk arrived,
        // so that reports can count identifications made later than the limit
        Checks.require(firstSignalAt == null || !firstSignalAt.isAfter(changedAt),
                "firstSignalAt must not be after changedAt");
        // consumers count identifications and eliminations from `change`; the levels must agree with it
        switch (change) {
            case RISK_IDENTIFIED -> Checks.require(level != RiskLevel.NONE, "RISK_IDENTIFIED needs a level above NONE");
            case RISK_CLEARED -> Checks.require(level == RiskLevel.NONE, "RISK_CLEARED needs level NONE");
            case LEVEL_CHANGED -> Checks.require(previousLevel != null && previousLevel != level,
                    "LEVEL_CHANGED needs a previousLevel different from level");
        }
    }

    /** The v1 fields as first published, without the first signal's time. */
    public HouseholdRiskChanged(String householdId, RiskChange change, String regionCode, String countyCode,
            RiskLevel previousLevel, RiskLevel level, int score, List<RiskFactor> factors,
            MonitoringType monitoringType, Trigger trigger, Instant changedAt) {
        this(householdId, change, regionCode, countyCode, previousLevel, level, score, factors, monitoringType,
                trigger, changedAt, null);
    }

    /**
     * What caused the change: a signal type such as {@code case-verified}, {@code self-report},
     * {@code warning}, {@code income} or {@code visit}, and its reference (a case id, a warning id).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Trigger(String signalType, String reference) {

        public Trigger {
            Checks.notBlank(signalType, "signalType");
        }
    }
}
