package cn.huiyin.cases.cases.model;

import static cn.huiyin.cases.cases.model.CaseState.CALLBACK_PENDING;
import static cn.huiyin.cases.cases.model.CaseState.CLOSED;

import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.OverdueStage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The case's follow-up rules: callbacks, supervision and deadline marks. Called through {@link Case}. */
final class CaseFollowUp {

    private CaseFollowUp() {
    }

    /**
     * SATISFIED closes the case; UNSATISFIED reopens it (跟踪调度) with a new deadline; UNREACHABLE keeps it
     * waiting for another attempt, until the last allowed attempt closes it as unreachable.
     */
    static Transition callback(Case c, CallbackOutcome outcome, CallbackPolicy policy, Deadline reopenDeadline,
            String actor, Instant now) {
        c.require("callback", CALLBACK_PENDING);
        if (c.nextCallbackAt() != null && now.isBefore(c.nextCallbackAt())) {
            // the spacing between tries is the rule (seed 004): three tries in a minute do not make "unreachable"
            throw new CaseConflict("the next callback attempt is allowed from " + c.nextCallbackAt()
                    + " (" + policy.retryAfter().toHours() + " h after the last unreachable one)");
        }
        List<CallbackAttempt> attempts = new ArrayList<>(c.callbacks());
        int attempt = attempts.size() + 1;
        attempts.add(new CallbackAttempt(attempt, outcome.result(), outcome.unreachableReason(), outcome.comment(),
                now, actor));
        int unreachable = unreachableInARow(attempts);
        Case.Builder next = c.toBuilder().callbacks(attempts);
        boolean closed = false;
        boolean reopened = false;
        switch (outcome.result()) {
            case SATISFIED -> {
                next.state(CLOSED).closure(Closure.SATISFIED).closedAt(now).nextCallbackAt(null);
                closed = true;
            }
            case UNSATISFIED -> {
                next = c.reopened(reopenDeadline).callbacks(attempts);
                reopened = true;
            }
            case UNREACHABLE -> {
                if (unreachable >= policy.maxUnreachableAttempts()) {
                    next.state(CLOSED).closure(Closure.CALLBACK_UNREACHABLE).closedAt(now).nextCallbackAt(null);
                    closed = true;
                } else {
                    next.nextCallbackAt(now.plus(policy.retryAfter()));
                }
            }
            default -> throw new IllegalStateException(outcome.result().name());
        }
        Case after = next.log(now, actor, "CALLBACK_" + outcome.result(), CALLBACK_PENDING,
                outcome.unreachableReason() != null ? outcome.unreachableReason().label() : outcome.comment()).build();
        CallbackCompleted event = new CallbackCompleted(c.caseId(), c.callId(), c.trackingNumber(), c.regionCode(),
                c.countyCode(), c.categories(), outcome.result(), outcome.unreachableReason(), attempt, closed,
                reopened, now, c.callerRef());
        return new Transition(after, List.of(event));
    }

    /** Attempts since the citizen was last reached: a reopened case gets a fresh round of tries. */
    private static int unreachableInARow(List<CallbackAttempt> attempts) {
        int count = 0;
        for (int i = attempts.size() - 1; i >= 0 && attempts.get(i).result() == CallbackResult.UNREACHABLE; i--) {
            count++;
        }
        return count;
    }

    static Transition urge(Case c, String note, String actor, Instant now) {
        requireOpen(c, "urge");
        Case next = c.toBuilder().supervision(c.supervision().urged()).log(now, actor, "URGED", c.state(), note)
                .build();
        return new Transition(next, List.of());
    }

    static Transition markKeyCase(Case c, String leader, String leadUnit, String note, String actor, Instant now) {
        requireOpen(c, "marking as key case");
        Case next = c.toBuilder().supervision(c.supervision().asKeyCase(leader, leadUnit))
                .log(now, actor, "KEY_CASE", c.state(), leader + " / " + leadUnit + (note == null ? "" : ": " + note))
                .build();
        return new Transition(next, List.of());
    }

    static Transition markDueSoon(Case c, Instant now) {
        if (!c.state().awaitsReport() || c.dueSoon() || !c.deadline().isDueSoonAt(now)) {
            return new Transition(c, List.of());
        }
        Case next = c.toBuilder().dueSoon(true).log(now, "case-service", TimelineEntry.DUE_SOON, c.state(), null).build();
        return new Transition(next, List.of(overdue(c, OverdueStage.DUE_SOON, now)));
    }

    static Transition markOverdue(Case c, Instant now) {
        if (!c.state().awaitsReport() || c.overdue() || !c.deadline().isOverdueAt(now)) {
            return new Transition(c, List.of());
        }
        // past due soon as well: a case first seen after its deadline is not announced as due soon any more
        Case next = c.toBuilder().overdue(true).dueSoon(true).log(now, "case-service", TimelineEntry.OVERDUE, c.state(), null)
                .build();
        return new Transition(next, List.of(overdue(c, OverdueStage.OVERDUE, now)));
    }

    private static CaseOverdue overdue(Case c, OverdueStage stage, Instant now) {
        return new CaseOverdue(c.caseId(), c.trackingNumber(), c.countyCode(), stage, c.deadline().dueAt(), now,
                c.callId());
    }

    private static void requireOpen(Case c, String action) {
        if (!c.state().isOpen()) {
            throw new CaseStateConflict(action, c.state(), EnumSet.complementOf(EnumSet.of(CLOSED)));
        }
    }
}
