package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Objects;

/**
 * Published by reporting-service when the calls about one category in one township or village
 * within a sliding window are far above that place's own baseline (热点预警), once per hotspot.
 * Keyed by {@code hotspotId}, which names the place, the category and the window's first day, so a
 * detector that runs again on the same calls names the same hotspot. The place's code need not begin with its
 * county's: the townships of a functional area (百里杜鹃管理区, 520572) keep the codes of the county they came from.
 *
 * @param baseline    the expected number of calls in the window, from the place's previous weeks
 * @param probability the Poisson tail probability P(X ≥ observed | λ = baseline)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HotspotDetected(
        String hotspotId,
        String regionCode,
        String countyCode,
        Category category,
        Instant windowStart,
        Instant windowEnd,
        int observed,
        double baseline,
        double probability,
        int distinctCallers,
        Instant detectedAt) {

    public static final String TYPE = "cn.huiyin.hotspot.detected.v1";
    public static final String TOPIC = Topics.HOTSPOT_DETECTED;

    public HotspotDetected {
        Checks.notBlank(hotspotId, "hotspotId");
        Checks.code(regionCode, Checks.HOUSEHOLD_REGION_CODE, "regionCode");
        Checks.code(countyCode, Checks.COUNTY_CODE, "countyCode");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Checks.require(windowStart.isBefore(windowEnd), "windowStart must be before windowEnd");
        Checks.atLeast(observed, 1, "observed");
        Checks.require(baseline >= 0.0, "baseline must not be negative but was " + baseline);
        Checks.require(probability >= 0.0 && probability <= 1.0,
                "probability must be between 0 and 1 but was " + probability);
        Checks.atLeast(distinctCallers, 1, "distinctCallers");
        Checks.require(distinctCallers <= observed, "distinctCallers must not exceed observed");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
