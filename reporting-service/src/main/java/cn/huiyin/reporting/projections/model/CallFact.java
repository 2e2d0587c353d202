package cn.huiyin.reporting.projections.model;

import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CaseAccepted;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.OverdueStage;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * What the reports know of one call and the case it became, merged from every event about it.
 * Each merge is commutative and idempotent (the latest assignment, verification and callback win
 * by their own timestamps; firsts are minimums; flags only turn on), so the same events give the
 * same fact whatever their order and however often they arrive.
 *
 * @param transferredAt  the first assignment to a county (转办), from case-assigned or case-verified
 * @param firstVerifiedAt the first verification report; {@code verification} is the latest one
 * @param closedAt       the last callback that closed the case
 * @param reopenCount    the reopenings the latest verification reported: the city's returns and the callbacks'
 * @param returnCount    how many of them were the city's returns (市级核查退回); null while every verification
 *                       came from a producer older than that count
 * @param acceptance     the county's acceptance (签收) of the latest assignment it accepted
 */
public record CallFact(
        String callId,
        String caseId,
        String trackingNumber,
        CallPart call,
        AssignmentPart assignment,
        Instant transferredAt,
        VerificationPart verification,
        Instant firstVerifiedAt,
        boolean lateEver,
        int reopenCount,
        Integer returnCount,
        CallbackPart callback,
        Instant closedAt,
        boolean reopenedEver,
        boolean overdue,
        AcceptancePart acceptance) {

    public static CallFact empty(String callId) {
        return new CallFact(callId, null, null, null, null, null, null, null, false, 0, null, null, null, false, false,
                null);
    }

    public CallFact with(CaseReceived event) {
        return new CallFact(callId, caseId, event.trackingNumber(), CallPart.of(event), assignment, transferredAt,
                verification, firstVerifiedAt, lateEver, reopenCount, returnCount, callback, closedAt, reopenedEver,
                overdue, acceptance);
    }

    public CallFact with(CaseAssigned event) {
        AssignmentPart seen = AssignmentPart.of(event);
        return new CallFact(callId, event.caseId(), tracking(event.trackingNumber()), call,
                AssignmentPart.LATEST.apply(assignment, seen), earliest(transferredAt, event.assignedAt()),
                verification, firstVerifiedAt, lateEver, reopenCount, returnCount, callback, closedAt, reopenedEver,
                overdue, acceptance);
    }

    public CallFact with(CaseVerified event) {
        VerificationPart seen = VerificationPart.of(event);
        return new CallFact(callId, event.caseId(), tracking(event.trackingNumber()), call,
                AssignmentPart.LATEST.apply(assignment, AssignmentPart.of(event)),
                earliest(transferredAt, event.assignedAt()), VerificationPart.LATEST.apply(verification, seen),
                earliest(firstVerifiedAt, event.verifiedAt()), lateEver || event.late(),
                Math.max(reopenCount, event.reopenCount()), larger(returnCount, event.returnCount()), callback,
                closedAt, reopenedEver, overdue, acceptance);
    }

    public CallFact with(CallbackCompleted event) {
        CallbackPart seen = CallbackPart.of(event);
        return new CallFact(callId, event.caseId(), tracking(event.trackingNumber()), call, assignment,
                transferredAt, verification, firstVerifiedAt, lateEver, reopenCount, returnCount,
                CallbackPart.LATEST.apply(callback, seen),
                event.caseClosed() ? latest(closedAt, event.completedAt()) : closedAt,
                reopenedEver || event.caseReopened(), overdue, acceptance);
    }

    public CallFact with(CaseAccepted event) {
        return new CallFact(callId, event.caseId(), tracking(event.trackingNumber()), call, assignment,
                earliest(transferredAt, event.assignedAt()), verification, firstVerifiedAt, lateEver, reopenCount,
                returnCount, callback, closedAt, reopenedEver, overdue,
                AcceptancePart.LATEST.apply(acceptance, AcceptancePart.of(event)));
    }

    /** The county responsible now accepted its assignment within the limit (响应). */
    public boolean respondedWithin(Duration limit) {
        return acceptance != null && acceptance.countyCode().equals(caseCounty()) && acceptance.within(limit);
    }

    public CallFact with(CaseOverdue event) {
        return new CallFact(callId, event.caseId(), tracking(event.trackingNumber()), call, assignment,
                transferredAt, verification, firstVerifiedAt, lateEver, reopenCount, returnCount, callback, closedAt,
                reopenedEver, overdue || event.stage() == OverdueStage.OVERDUE, acceptance);
    }

    /** A case exists once the call was to be transferred or case-service said anything about it. */
    public boolean isCase() {
        return caseId != null || (call != null && call.transferred());
    }

    /** When the case's clock started: its transfer, else the call. */
    public Instant caseStart() {
        return transferredAt != null ? transferredAt : call == null ? null : call.receivedAt();
    }

    /** The county responsible now: the latest assignment's, else the call's. */
    public String caseCounty() {
        return assignment != null ? assignment.countyCode() : call == null ? null : call.countyCode();
    }

    /** Past its deadline with no verification report: a missing report (漏报). */
    public boolean missing() {
        return overdue && verification == null;
    }

    /** Reopened at least once after an unsatisfied callback (回访不满意后重新办理); the city's returns are not. */
    public boolean reopened() {
        return reopenedEver || (returnCount != null && reopenCount > returnCount);
    }

    /**
     * Returned at least once by the city's review for re-investigation (市级核查退回). Without the count (events of
     * older producers), a reopening that no unsatisfied callback explains was the city's return.
     */
    public boolean returnedByCity() {
        return returnCount != null ? returnCount > 0 : reopenCount > 0 && !reopenedEver;
    }

    public CaseState state() {
        boolean verifiedSinceCallback = verification != null
                && (callback == null || verification.verifiedAt().isAfter(callback.completedAt()));
        if (callback != null && callback.caseClosed()) {
            return CaseState.CLOSED;
        }
        if (verifiedSinceCallback) {
            return CaseState.VERIFIED;
        }
        if (callback != null && callback.caseReopened()) {
            return CaseState.REOPENED;
        }
        return verification != null ? CaseState.VERIFIED : CaseState.TRANSFERRED;
    }

    private String tracking(String seen) {
        return trackingNumber != null ? trackingNumber : seen;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Integer larger(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** Picks the later of two parts by a total order, so that merging is commutative even on ties. */
    record Latest<T>(Comparator<T> order) {

        T apply(T current, T seen) {
            return current == null ? seen : seen == null ? current : order.compare(seen, current) > 0 ? seen : current;
        }
    }
}
