package cn.huiyin.reporting.projections.model;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.HouseholdMonitoringChanged;
import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.events.MonitoringChange;
import cn.huiyin.events.MonitoringType;
import cn.huiyin.events.RiskChange;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Decisions on households in 威宁 as monitoring-service publishes them: v2 ({@link HouseholdMonitoringChanged}) now,
 * v1 ({@link HouseholdRiskChanged}) as the topic keeps it from before. Each decision is taken at 10:00 in Beijing.
 */
public final class Households {

    private static final HouseholdRiskChanged.Trigger SIGNAL = new HouseholdRiskChanged.Trigger("case-verified", null);
    private static final HouseholdRiskChanged.Trigger VISIT = new HouseholdRiskChanged.Trigger("visit", null);

    private Households() {
    }

    /** Taken into monitoring on {@code day}, the first signal {@code signalDaysBefore} days earlier. */
    public static HouseholdMonitoringChanged identified(String id, LocalDate day, int signalDaysBefore,
            RiskFactor... reasons) {
        return taken(id, MonitoringChange.IDENTIFIED, day, signalDaysBefore, reasons);
    }

    /** Taken in again after an elimination (返贫再次纳入). */
    public static HouseholdMonitoringChanged reidentified(String id, LocalDate day, int signalDaysBefore,
            RiskFactor... reasons) {
        return taken(id, MonitoringChange.REIDENTIFIED, day, signalDaysBefore, reasons);
    }

    /** Assessed lower while monitored; the reasons it was taken in for stay. */
    public static HouseholdMonitoringChanged levelLowered(String id, LocalDate day, LocalDate identifiedOn,
            RiskFactor... reasons) {
        return new HouseholdMonitoringChanged(id, MonitoringChange.LEVEL_CHANGED, Cases.TOWNSHIP, Cases.WEINING,
                RiskLevel.HIGH, RiskLevel.MEDIUM, 50, List.of(RiskFactor.ILLNESS), MonitoringType.EDGE_OF_POVERTY,
                List.of(reasons), VISIT, at(day), at(identifiedOn), null);
    }

    /** Its risk eliminated (风险消除). */
    public static HouseholdMonitoringChanged eliminated(String id, LocalDate day, LocalDate identifiedOn,
            RiskFactor... reasons) {
        return new HouseholdMonitoringChanged(id, MonitoringChange.ELIMINATED, Cases.TOWNSHIP, Cases.WEINING,
                RiskLevel.MEDIUM, RiskLevel.NONE, 10, List.of(), MonitoringType.EDGE_OF_POVERTY, List.of(reasons),
                new HouseholdRiskChanged.Trigger("risk-elimination", null), at(day), at(identifiedOn), null);
    }

    /** A v1 identification of the history, counted by the factors assessed. */
    public static HouseholdRiskChanged identifiedInV1(String id, LocalDate day, int signalDaysBefore,
            RiskFactor... factors) {
        return new HouseholdRiskChanged(id, RiskChange.RISK_IDENTIFIED, Cases.TOWNSHIP, Cases.WEINING, RiskLevel.NONE,
                RiskLevel.HIGH, 72, List.of(factors), null, SIGNAL, at(day),
                at(day).minus(Duration.ofDays(signalDaysBefore)));
    }

    public static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(HotlineTime.ZONE).toInstant();
    }

    private static HouseholdMonitoringChanged taken(String id, MonitoringChange change, LocalDate day,
            int signalDaysBefore, RiskFactor... reasons) {
        // the assessed factors differ from the reasons on purpose: the reasons are what the report counts
        return new HouseholdMonitoringChanged(id, change, Cases.TOWNSHIP, Cases.WEINING, RiskLevel.NONE,
                RiskLevel.HIGH, 75, List.of(RiskFactor.HIGH_RIGID_EXPENDITURE), MonitoringType.EDGE_OF_POVERTY,
                List.of(reasons), SIGNAL, at(day), at(day), at(day).minus(Duration.ofDays(signalDaysBefore)));
    }
}
