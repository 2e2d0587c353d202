package cn.huiyin.monitoring.visits.model;

import java.time.LocalDate;

/**
 * A helper's visit in person (走访) or contact by phone or message (联系) with a monitored household.
 *
 * @param byAssignedHelper false when someone other than the household's assigned helper (帮扶责任人) made it, which
 *                         seed 003 requires to be recorded as such: it does not count as the helper's own duty done
 */
public record Visit(String visitId, String householdId, Kind kind, LocalDate on, String helper, String note,
        boolean byAssignedHelper) {

    public enum Kind { VISIT, CONTACT }
}
