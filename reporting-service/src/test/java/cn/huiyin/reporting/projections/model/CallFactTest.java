package cn.huiyin.reporting.projections.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.ReportedSatisfaction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class CallFactTest {

    private static final CaseVerified LATE_REPORT = Cases.verified(Cases.DEADLINE.plus(Duration.ofDays(2)),
            ReportedSatisfaction.BASICALLY_SATISFIED);

    @Test
    void mergesTheSameEventsIntoTheSameFactInEveryOrder() {
        List<UnaryOperator<CallFact>> events = List.of(
                merge(Cases.received()), merge(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED)),
                merge(Cases.overdue()), merge(LATE_REPORT),
                merge(Cases.callback(1, CallbackResult.UNREACHABLE, Cases.DEADLINE.plus(Duration.ofDays(3)), false)),
                merge(Cases.callback(2, CallbackResult.SATISFIED, Cases.DEADLINE.plus(Duration.ofDays(4)), true)));
        Set<CallFact> facts = new HashSet<>();

        permutations(events, new ArrayList<>(), facts);

        assertThat(facts).hasSize(1);
        CallFact fact = facts.iterator().next();
        assertThat(fact.state()).isEqualTo(CaseState.CLOSED);
        assertThat(fact.callback().result()).isEqualTo(CallbackResult.SATISFIED);
        assertThat(fact.lateEver()).isTrue();
        assertThat(fact.missing()).isFalse();
    }

    @Test
    void aMergedEventMergedAgainChangesNothing() {
        CallFact once = CallFact.empty(Cases.CALL).with(Cases.received()).with(LATE_REPORT);

        assertThat(once.with(LATE_REPORT).with(Cases.received())).isEqualTo(once);
    }

    @Test
    void aCasePastItsDeadlineWithoutAReportIsMissing() {
        CallFact overdue = CallFact.empty(Cases.CALL).with(Cases.received())
                .with(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED)).with(Cases.overdue());

        assertThat(overdue.missing()).isTrue();
        assertThat(overdue.with(LATE_REPORT).missing()).isFalse();
    }

    @Test
    void anUnsatisfiedCallbackReopensTheCaseUntilTheCountyReportsAgain() {
        CallFact reopened = CallFact.empty(Cases.CALL).with(Cases.received()).with(LATE_REPORT)
                .with(Cases.callback(1, CallbackResult.UNSATISFIED, Cases.DEADLINE.plus(Duration.ofDays(5)), false));

        assertThat(reopened.state()).isEqualTo(CaseState.REOPENED);
        assertThat(reopened.reopened()).isTrue();
        assertThat(reopened.with(Cases.verified(Cases.DEADLINE.plus(Duration.ofDays(9)), ReportedSatisfaction.SATISFIED))
                .state()).isEqualTo(CaseState.VERIFIED);
    }

    @Test
    void theLatestAssignmentNamesTheCountyAndTheFirstOneTheTransferDay() {
        CallFact fact = CallFact.empty(Cases.CALL)
                .with(Cases.assigned(Cases.HEZHANG, Cases.TRANSFERRED.plus(Duration.ofDays(3))))
                .with(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED));

        assertThat(fact.caseCounty()).isEqualTo(Cases.HEZHANG);
        assertThat(fact.caseStart()).isEqualTo(Cases.TRANSFERRED);
    }

    private static void permutations(List<UnaryOperator<CallFact>> left, List<UnaryOperator<CallFact>> taken,
            Set<CallFact> facts) {
        if (left.isEmpty()) {
            CallFact fact = CallFact.empty(Cases.CALL);
            for (UnaryOperator<CallFact> event : taken) {
                fact = event.apply(fact);
            }
            facts.add(fact);
            return;
        }
        for (int i = 0; i < left.size(); i++) {
            List<UnaryOperator<CallFact>> rest = new ArrayList<>(left);
            taken.add(rest.remove(i));
            permutations(rest, taken, facts);
            taken.remove(taken.size() - 1);
        }
    }

    private static UnaryOperator<CallFact> merge(Object event) {
        if (event instanceof CaseReceived e) {
            return fact -> fact.with(e);
        } else if (event instanceof CaseAssigned e) {
            return fact -> fact.with(e);
        } else if (event instanceof CaseVerified e) {
            return fact -> fact.with(e);
        } else if (event instanceof CallbackCompleted e) {
            return fact -> fact.with(e);
        }
        CaseOverdue e = (CaseOverdue) event;
        return fact -> fact.with(e);
    }
}
