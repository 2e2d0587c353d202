package cn.huiyin.monitoring.households.model;

import cn.huiyin.events.MonitoringType;
import cn.huiyin.events.RiskFactor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The decision that took a household into monitoring (纳入监测): its type, the risk factors that were the reason
 * (kept, so that elimination can require each of them resolved), when, by whom, and when the first signal of the
 * risk had arrived.
 *
 * @param firstSignalAt null when the household was taken in without a prior signal
 * @param again         true when the household had been monitored and cleared before (返贫/再次纳入)
 */
public record Identification(MonitoringType type, List<RiskFactor> reasons, Instant identifiedAt,
        Instant firstSignalAt, String decidedBy, boolean again) {

    public Identification {
        Objects.requireNonNull(type, "type");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an identification names at least one reason");
        }
        Objects.requireNonNull(identifiedAt, "identifiedAt");
    }
}
