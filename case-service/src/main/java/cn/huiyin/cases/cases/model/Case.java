package cn.huiyin.cases.cases.model;

import static cn.huiyin.cases.cases.model.CaseState.ASSIGNED;
import static cn.huiyin.cases.cases.model.CaseState.CALLBACK_PENDING;
import static cn.huiyin.cases.cases.model.CaseState.CLOSED;
import static cn.huiyin.cases.cases.model.CaseState.INVESTIGATING;
import static cn.huiyin.cases.cases.model.CaseState.RECEIVED;
import static cn.huiyin.cases.cases.model.CaseState.REVIEW_PENDING;
import static cn.huiyin.cases.cases.model.CaseState.VERIFIED;

import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.events.CaseAccepted;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A citizen's appeal transferred to a county (转办), from assignment to closure. Every action is a
 * method that checks the state allows it and returns the case after it with the events it caused;
 * the case itself never does I/O. Callbacks, supervision and deadline marks live in
 * {@link CaseFollowUp} to keep this class readable.
 */
public record Case(String caseId, String caseNumber, String callId, String trackingNumber, Instant receivedAt,
        String regionCode, String townshipCode, String cityCode, String provinceCode, List<Category> categories,
        boolean urgent, String callerRef, Routing routing, String leadOfficial, CaseState state, Instant assignedAt,
        Deadline deadline, boolean dueSoon, boolean overdue, int reopenCount, List<String> investigators,
        Verification verification, int lateReports, List<CallbackAttempt> callbacks, Instant nextCallbackAt,
        Closure closure, Instant closedAt, Supervision supervision, List<TimelineEntry> timeline) {

    public Case {
        categories = List.copyOf(categories);
        investigators = List.copyOf(investigators);
        callbacks = List.copyOf(callbacks);
        timeline = List.copyOf(timeline);
    }

    /** A transferred call becomes a case, assigned at once to its county (转办) with its deadline. */
    public static Transition open(String caseId, String caseNumber, CaseReceived call, Routing routing,
            Deadline deadline, Instant now) {
        Case received = new Case(caseId, caseNumber, call.callId(), call.trackingNumber(), call.receivedAt(),
                call.regionCode(), call.townshipCode(), call.cityCode(), call.provinceCode(), call.categories(),
                call.urgent(), call.callerRef(), routing, null, RECEIVED, null, null, false, false, 0, List.of(),
                null, 0, List.of(), null, null, null, Supervision.NONE,
                List.of(new TimelineEntry(now, "intake-service", "RECEIVED", null, RECEIVED, call.trackingNumber())));
        Case assigned = received.toBuilder().state(ASSIGNED).assignedAt(now).deadline(deadline)
                .log(now, "case-service", "ASSIGNED", RECEIVED, "转办 " + routing.countyCode()).build();
        return new Transition(assigned, List.of(assigned.assignedEvent(false)));
    }

    /**
     * Transfer to another county-level unit or other departments (city or province only, checked by the caller).
     * A new deadline starts without marks; the same deadline keeps its due-soon and overdue marks, so that a
     * transfer does not announce the same missed deadline twice.
     */
    public Transition reassign(Routing to, Deadline newDeadline, String official, String actor, Instant now) {
        require("reassign", ASSIGNED, INVESTIGATING);
        boolean sameDeadline = newDeadline.equals(deadline);
        Case next = toBuilder().routing(to).leadOfficial(official == null ? leadOfficial : official)
                .state(ASSIGNED).assignedAt(now).deadline(newDeadline).dueSoon(sameDeadline && dueSoon)
                .overdue(sameDeadline && overdue)
                .investigators(List.of())
                .log(now, actor, "REASSIGNED", state, "转办 " + to.countyCode()).build();
        return new Transition(next, List.of(next.assignedEvent(true)));
    }

    /**
     * The county accepts the case and names its investigation team (核查组); the time since the assignment is its
     * response (响应), published for the league table.
     */
    public Transition accept(List<String> team, String actor, Instant now) {
        require("acceptance", ASSIGNED);
        Case next = toBuilder().state(INVESTIGATING).investigators(team)
                .log(now, actor, "ACCEPTED", ASSIGNED, String.join("、", team)).build();
        return new Transition(next, List.of(new CaseAccepted(caseId, callId, trackingNumber, routing.countyCode(),
                assignedAt, now.isBefore(assignedAt) ? assignedAt : now)));
    }

    /**
     * The county reports (核查报告). A report after the deadline is accepted but counted late (迟报).
     * With city review the case waits for it; otherwise it goes to the callback desk.
     */
    public Transition verify(Verification.Report report, boolean reviewRequired, String actor, Instant now) {
        require("verification", INVESTIGATING);
        boolean late = deadline.isLate(now);
        Verification accepted = new Verification(report.substantiated(), report.natures(),
                report.findings() == null ? "" : report.findings(), report.resolution(),
                report.reportedSatisfaction(), report.householdAtRisk(), report.householdId(), now, actor, late);
        CaseState after = reviewRequired ? REVIEW_PENDING : CALLBACK_PENDING;
        Case next = toBuilder().verification(accepted).lateReports(lateReports + (late ? 1 : 0))
                .dueSoon(false).overdue(false).nextCallbackAt(reviewRequired ? null : now)
                .state(VERIFIED).log(now, actor, "VERIFIED", INVESTIGATING, late ? "迟报" : null)
                .state(after).log(now, actor, after.name(), VERIFIED, null).build();
        return new Transition(next, List.of(next.verifiedEvent()));
    }

    /** The city approves the report, or returns it for re-investigation with a new deadline. */
    public Transition review(boolean approve, String opinion, Deadline newDeadline, String actor, Instant now) {
        require("review", REVIEW_PENDING);
        Case next = approve
                ? toBuilder().state(CALLBACK_PENDING).nextCallbackAt(now)
                        .log(now, actor, "APPROVED", REVIEW_PENDING, opinion).build()
                : reopened(newDeadline).log(now, actor, TimelineEntry.RETURNED, REVIEW_PENDING, opinion).build();
        return new Transition(next, List.of());
    }

    /** The citizen's answer to a callback (回访); see {@link CaseFollowUp#callback}. */
    public Transition callback(CallbackOutcome outcome, CallbackPolicy policy, Deadline reopenDeadline, String actor,
            Instant now) {
        return CaseFollowUp.callback(this, outcome, policy, reopenDeadline, actor, now);
    }

    /** A supervisor urges the county (催办/督办). */
    public Transition urge(String note, String actor, Instant now) {
        return CaseFollowUp.urge(this, note, actor, now);
    }

    /** Makes it a key case (重点交办件) with a responsible leader and lead unit (领导包案). */
    public Transition markKeyCase(String leader, String leadUnit, String note, String actor, Instant now) {
        return CaseFollowUp.markKeyCase(this, leader, leadUnit, note, actor, now);
    }

    /** 80 % of the time is used and the report is still owed: once per deadline. */
    public Transition markDueSoon(Instant now) {
        return CaseFollowUp.markDueSoon(this, now);
    }

    /** When the last act on the case happened (the deadline watch's marks aside); null for an empty timeline. */
    public Instant lastActionAt() {
        return timeline.stream().filter(TimelineEntry::recordsAnAct).map(TimelineEntry::at).max(Instant::compareTo)
                .orElse(null);
    }

    /** The deadline passed without a report: once per deadline. */
    public Transition markOverdue(Instant now) {
        return CaseFollowUp.markOverdue(this, now);
    }

    Builder reopened(Deadline newDeadline) {
        return toBuilder().state(INVESTIGATING).reopenCount(reopenCount + 1).deadline(newDeadline).dueSoon(false)
                .overdue(false).nextCallbackAt(null);
    }

    void require(String action, CaseState... allowed) {
        if (!Set.of(allowed).contains(state)) {
            throw new CaseStateConflict(action, state, Set.of(allowed));
        }
    }

    public String countyCode() {
        return routing.countyCode();
    }

    public int callbackAttempts() {
        return callbacks.size();
    }

    CaseAssigned assignedEvent(boolean reassignment) {
        return new CaseAssigned(caseId, callId, trackingNumber, routing.countyCode(), routing.leadDepartment(),
                routing.coDepartments(), deadline.dueAt(), leadOfficial, assignedAt, reassignment);
    }

    CaseVerified verifiedEvent() {
        Verification v = verification;
        return new CaseVerified(caseId, callId, trackingNumber, regionCode, routing.countyCode(), categories,
                routing.leadDepartment(), routing.coDepartments(), v.substantiated(), v.natures(), v.findings(),
                v.resolution(), v.reportedSatisfaction(), v.householdAtRisk(), v.householdId(), callerRef,
                assignedAt, deadline.dueAt(), v.verifiedAt(), v.late(), reopenCount, returnCount());
    }

    /**
     * How many of the reopenings were the city's returns (市级核查退回) rather than an unsatisfied citizen's: read
     * from the timeline, so that cases returned before the count was published report it too.
     */
    int returnCount() {
        return (int) timeline.stream().filter(entry -> TimelineEntry.RETURNED.equals(entry.action())).count();
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** Copies a case with some fields changed; keeps the transitions above short. */
    static final class Builder {

        private final Case c;
        private Routing routing;
        private String leadOfficial;
        private CaseState state;
        private Instant assignedAt;
        private Deadline deadline;
        private boolean dueSoon;
        private boolean overdue;
        private int reopenCount;
        private List<String> investigators;
        private Verification verification;
        private int lateReports;
        private List<CallbackAttempt> callbacks;
        private Instant nextCallbackAt;
        private Closure closure;
        private Instant closedAt;
        private Supervision supervision;
        private final List<TimelineEntry> timeline;

        Builder(Case c) {
            this.c = c;
            routing = c.routing;
            leadOfficial = c.leadOfficial;
            state = c.state;
            assignedAt = c.assignedAt;
            deadline = c.deadline;
            dueSoon = c.dueSoon;
            overdue = c.overdue;
            reopenCount = c.reopenCount;
            investigators = c.investigators;
            verification = c.verification;
            lateReports = c.lateReports;
            callbacks = c.callbacks;
            nextCallbackAt = c.nextCallbackAt;
            closure = c.closure;
            closedAt = c.closedAt;
            supervision = c.supervision;
            timeline = new ArrayList<>(c.timeline);
        }

        Builder routing(Routing v) { routing = v; return this; }
        Builder leadOfficial(String v) { leadOfficial = v; return this; }
        Builder assignedAt(Instant v) { assignedAt = v; return this; }
        Builder deadline(Deadline v) { deadline = v; return this; }
        Builder dueSoon(boolean v) { dueSoon = v; return this; }
        Builder overdue(boolean v) { overdue = v; return this; }
        Builder reopenCount(int v) { reopenCount = v; return this; }
        Builder investigators(List<String> v) { investigators = v; return this; }
        Builder verification(Verification v) { verification = v; return this; }
        Builder lateReports(int v) { lateReports = v; return this; }
        Builder callbacks(List<CallbackAttempt> v) { callbacks = v; return this; }
        Builder nextCallbackAt(Instant v) { nextCallbackAt = v; return this; }
        Builder closure(Closure v) { closure = v; return this; }
        Builder closedAt(Instant v) { closedAt = v; return this; }
        Builder supervision(Supervision v) { supervision = v; return this; }

        Builder state(CaseState v) {
            state = v;
            return this;
        }

        /** Records the action in the timeline, ending in the state set so far. */
        Builder log(Instant at, String actor, String action, CaseState from, String note) {
            timeline.add(new TimelineEntry(at, actor, action, from, state, note));
            return this;
        }

        Case build() {
            return new Case(c.caseId, c.caseNumber, c.callId, c.trackingNumber, c.receivedAt, c.regionCode,
                    c.townshipCode, c.cityCode, c.provinceCode, c.categories, c.urgent, c.callerRef, routing,
                    leadOfficial, state, assignedAt, deadline, dueSoon, overdue, reopenCount, investigators,
                    verification, lateReports, callbacks, nextCallbackAt, closure, closedAt, supervision, timeline);
        }
    }
}
