package cn.huiyin.monitoring.visits.model;

import java.time.LocalDate;

/** A helper's visit in person (走访) or contact by phone or message (联系) with a monitored household. */
public record Visit(String visitId, String householdId, Kind kind, LocalDate on, String helper, String note) {

    public enum Kind { VISIT, CONTACT }
}
