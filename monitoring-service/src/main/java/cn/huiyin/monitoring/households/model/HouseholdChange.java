package cn.huiyin.monitoring.households.model;

import cn.huiyin.events.HouseholdMonitoringChanged;

import java.util.List;

/** What an act on a household leads to: its next state and the events it publishes (none for most acts). */
public record HouseholdChange(MonitoredHousehold next, List<HouseholdMonitoringChanged> events) {

    public HouseholdChange {
        events = List.copyOf(events);
    }

    static HouseholdChange quietly(MonitoredHousehold next) {
        return new HouseholdChange(next, List.of());
    }

    /** This change followed by another act on its result; the events of both, in order. */
    public HouseholdChange then(java.util.function.Function<MonitoredHousehold, HouseholdChange> act) {
        HouseholdChange after = act.apply(next);
        List<HouseholdMonitoringChanged> all = new java.util.ArrayList<>(events);
        all.addAll(after.events());
        return new HouseholdChange(after.next(), all);
    }
}
