package cn.huiyin.cases.cases.model;

import java.time.Instant;
import java.util.Set;

/** One line of a case's history: who did what, when, and the state it left the case in. */
public record TimelineEntry(Instant at, String actor, String action, CaseState from, CaseState to, String note) {

    /** The city's review sent the county's report back for re-investigation (市级核查退回). */
    static final String RETURNED = "RETURNED";
    static final String DUE_SOON = "DUE_SOON";
    static final String OVERDUE = "OVERDUE";
    /** The actions the deadline watch logs when it notices a deadline; they record case-service's clock, not an act. */
    static final Set<String> DEADLINE_MARKS = Set.of(DUE_SOON, OVERDUE);

    /** Whether this line is an act on the case rather than the deadline watch noticing a deadline (not a bean getter: views serialise the record). */
    public boolean recordsAnAct() {
        return !DEADLINE_MARKS.contains(action);
    }
}
