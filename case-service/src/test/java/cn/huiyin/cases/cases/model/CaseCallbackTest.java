package cn.huiyin.cases.cases.model;

import static cn.huiyin.cases.cases.model.Cases.CALLBACK_DESK;
import static cn.huiyin.cases.cases.model.Cases.CALLED_BACK_AT;
import static cn.huiyin.cases.cases.model.Cases.CALLER_REF;
import static cn.huiyin.cases.cases.model.Cases.CALL_ID;
import static cn.huiyin.cases.cases.model.Cases.CASE_ID;
import static cn.huiyin.cases.cases.model.Cases.COUNTY_OFFICER;
import static cn.huiyin.cases.cases.model.Cases.THREE_ATTEMPTS_A_DAY_APART;
import static cn.huiyin.cases.cases.model.Cases.TRACKING_NUMBER;
import static cn.huiyin.cases.cases.model.Cases.WEINING;
import static cn.huiyin.cases.cases.model.Cases.WEINING_TOWNSHIP;
import static cn.huiyin.cases.cases.model.Cases.aSubstantiatedReport;
import static cn.huiyin.cases.cases.model.Cases.callbackPending;
import static cn.huiyin.cases.cases.model.Cases.closed;
import static cn.huiyin.cases.cases.model.Cases.deadlineFrom;
import static cn.huiyin.cases.cases.model.Cases.investigating;
import static cn.huiyin.cases.cases.model.Cases.satisfied;
import static cn.huiyin.cases.cases.model.Cases.unreachable;
import static cn.huiyin.cases.cases.model.Cases.unsatisfied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;
import cn.huiyin.events.UnreachableReason;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The callback desk calls the citizen back (回访): satisfied, unsatisfied (跟踪调度) or unreachable. */
class CaseCallbackTest {

    private static final Deadline REOPEN_DEADLINE = deadlineFrom(CALLED_BACK_AT);
    private static final Duration A_DAY = Duration.ofDays(1);

    @Test
    void closesTheCaseWhenTheCitizenIsSatisfied() {
        // given
        Case waiting = callbackPending();

        // when
        Transition callback = waiting.callback(satisfied(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE,
                CALLBACK_DESK, CALLED_BACK_AT);

        // then
        Case next = callback.next();
        assertThat(next.state()).isEqualTo(CaseState.CLOSED);
        assertThat(next.closure()).isEqualTo(Closure.SATISFIED);
        assertThat(next.closedAt()).isEqualTo(CALLED_BACK_AT);
        assertThat(next.nextCallbackAt()).isNull();
        assertThat(next.reopenCount()).isZero();
        assertThat(next.callbacks()).singleElement().satisfies(attempt -> {
            assertThat(attempt.attempt()).isEqualTo(1);
            assertThat(attempt.result()).isEqualTo(CallbackResult.SATISFIED);
            assertThat(attempt.unreachableReason()).isNull();
            assertThat(attempt.comment()).isEqualTo("群众表示满意");
            assertThat(attempt.at()).isEqualTo(CALLED_BACK_AT);
            assertThat(attempt.by()).isEqualTo(CALLBACK_DESK);
        });
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CALLBACK_SATISFIED");
            assertThat(entry.from()).isEqualTo(CaseState.CALLBACK_PENDING);
            assertThat(entry.to()).isEqualTo(CaseState.CLOSED);
            assertThat(entry.note()).isEqualTo("群众表示满意");
        });
    }

    @Test
    void announcesASatisfiedCallbackAsClosingTheCase() {
        Transition callback = callbackPending().callback(satisfied(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE,
                CALLBACK_DESK, CALLED_BACK_AT);

        assertThat(callback.events()).singleElement().isInstanceOfSatisfying(CallbackCompleted.class, event -> {
            assertThat(event.caseId()).isEqualTo(CASE_ID);
            assertThat(event.callId()).isEqualTo(CALL_ID);
            assertThat(event.trackingNumber()).isEqualTo(TRACKING_NUMBER);
            assertThat(event.regionCode()).isEqualTo(WEINING_TOWNSHIP);
            assertThat(event.countyCode()).isEqualTo(WEINING);
            assertThat(event.categories()).containsExactly(Category.HOUSING_SECURITY, Category.FINANCE);
            assertThat(event.result()).isEqualTo(CallbackResult.SATISFIED);
            assertThat(event.unreachableReason()).isNull();
            assertThat(event.attempt()).isEqualTo(1);
            assertThat(event.caseClosed()).isTrue();
            assertThat(event.caseReopened()).isFalse();
            assertThat(event.completedAt()).isEqualTo(CALLED_BACK_AT);
            assertThat(event.callerRef()).isEqualTo(CALLER_REF);
        });
    }

    @Test
    void reopensTheCaseWhenTheCitizenIsUnsatisfied() {
        Case waiting = callbackPending();

        Transition callback = waiting.callback(unsatisfied(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE,
                CALLBACK_DESK, CALLED_BACK_AT);

        Case next = callback.next();
        assertThat(next.state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(next.reopenCount()).isEqualTo(1);
        assertThat(next.deadline()).isEqualTo(REOPEN_DEADLINE);
        assertThat(next.nextCallbackAt()).isNull();
        assertThat(next.closure()).isNull();
        assertThat(next.callbacks()).extracting(CallbackAttempt::result).containsExactly(CallbackResult.UNSATISFIED);
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CALLBACK_UNSATISFIED");
            assertThat(entry.from()).isEqualTo(CaseState.CALLBACK_PENDING);
            assertThat(entry.to()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(entry.note()).isEqualTo("补助金额不足");
        });
        assertThat(callback.events()).singleElement().isInstanceOfSatisfying(CallbackCompleted.class, event -> {
            assertThat(event.result()).isEqualTo(CallbackResult.UNSATISFIED);
            assertThat(event.caseReopened()).isTrue();
            assertThat(event.caseClosed()).isFalse();
        });
    }

    @Test
    void callsAnUnreachableCitizenAgainAfterTheRetryDelay() {
        Case waiting = callbackPending();

        Transition callback = waiting.callback(unreachable(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE,
                CALLBACK_DESK, CALLED_BACK_AT);

        Case next = callback.next();
        assertThat(next.state()).isEqualTo(CaseState.CALLBACK_PENDING);
        assertThat(next.nextCallbackAt()).isEqualTo(CALLED_BACK_AT.plus(A_DAY));
        assertThat(next.closure()).isNull();
        assertThat(next.closedAt()).isNull();
        assertThat(next.callbackAttempts()).isEqualTo(1);
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CALLBACK_UNREACHABLE");
            assertThat(entry.from()).isEqualTo(CaseState.CALLBACK_PENDING);
            assertThat(entry.to()).isEqualTo(CaseState.CALLBACK_PENDING);
            assertThat(entry.note()).isEqualTo("关机");
        });
        assertThat(callback.events()).singleElement().isInstanceOfSatisfying(CallbackCompleted.class, event -> {
            assertThat(event.result()).isEqualTo(CallbackResult.UNREACHABLE);
            assertThat(event.unreachableReason()).isEqualTo(UnreachableReason.POWERED_OFF);
            assertThat(event.attempt()).isEqualTo(1);
            assertThat(event.caseClosed()).isFalse();
            assertThat(event.caseReopened()).isFalse();
        });
    }

    @Test
    void closesTheCaseAsUnreachableOnTheLastAllowedAttempt() {
        // given: two attempts failed already
        Case twiceUnreachable = callbackPending()
                .callback(unreachable(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE, CALLBACK_DESK, CALLED_BACK_AT)
                .next()
                .callback(unreachable(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE, CALLBACK_DESK,
                        CALLED_BACK_AT.plus(A_DAY))
                .next();
        assertThat(twiceUnreachable.state()).isEqualTo(CaseState.CALLBACK_PENDING);
        Instant thirdTry = CALLED_BACK_AT.plus(A_DAY.multipliedBy(2));

        // when
        Transition last = twiceUnreachable.callback(
                new CallbackOutcome(CallbackResult.UNREACHABLE, UnreachableReason.OUT_OF_SERVICE, null),
                THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE, CALLBACK_DESK, thirdTry);

        // then
        Case next = last.next();
        assertThat(next.state()).isEqualTo(CaseState.CLOSED);
        assertThat(next.closure()).isEqualTo(Closure.CALLBACK_UNREACHABLE);
        assertThat(next.closedAt()).isEqualTo(thirdTry);
        assertThat(next.nextCallbackAt()).isNull();
        assertThat(next.callbacks()).extracting(CallbackAttempt::attempt).containsExactly(1, 2, 3);
        assertThat(last.events()).singleElement().isInstanceOfSatisfying(CallbackCompleted.class, event -> {
            assertThat(event.attempt()).isEqualTo(3);
            assertThat(event.unreachableReason()).isEqualTo(UnreachableReason.OUT_OF_SERVICE);
            assertThat(event.caseClosed()).isTrue();
            assertThat(event.caseReopened()).isFalse();
        });
    }

    @Test
    void closesOnTheFirstUnreachableAttemptWhenOnlyOneIsAllowed() {
        CallbackPolicy oneAttempt = new CallbackPolicy(1, A_DAY);

        Case next = callbackPending().callback(unreachable(), oneAttempt, REOPEN_DEADLINE, CALLBACK_DESK,
                CALLED_BACK_AT).next();

        assertThat(next.state()).isEqualTo(CaseState.CLOSED);
        assertThat(next.closure()).isEqualTo(Closure.CALLBACK_UNREACHABLE);
    }

    @Test
    void closesAsSatisfiedWhenTheCitizenIsReachedAfterFailedAttempts() {
        Case onceUnreachable = callbackPending().callback(unreachable(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE,
                CALLBACK_DESK, CALLED_BACK_AT).next();

        Transition reached = onceUnreachable.callback(satisfied(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE,
                CALLBACK_DESK, CALLED_BACK_AT.plus(A_DAY));

        assertThat(reached.next().closure()).isEqualTo(Closure.SATISFIED);
        assertThat(((CallbackCompleted) reached.events().get(0)).attempt()).isEqualTo(2);
    }

    @Test
    void givesAReopenedCaseAFreshRoundOfCallbackAttempts() {
        // given: two failed attempts, then the citizen is reached and unsatisfied, and the county reports again
        Instant day = CALLED_BACK_AT;
        Case reportedAgain = callbackPending()
                .callback(unreachable(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE, CALLBACK_DESK, day).next()
                .callback(unreachable(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE, CALLBACK_DESK, day.plus(A_DAY))
                .next()
                .callback(unsatisfied(), THREE_ATTEMPTS_A_DAY_APART, deadlineFrom(day.plus(A_DAY.multipliedBy(2))),
                        CALLBACK_DESK, day.plus(A_DAY.multipliedBy(2)))
                .next()
                .verify(aSubstantiatedReport(), false, COUNTY_OFFICER, day.plus(A_DAY.multipliedBy(10))).next();

        // when: the first callback after the new report does not get through
        Case next = reportedAgain.callback(unreachable(), THREE_ATTEMPTS_A_DAY_APART, null, CALLBACK_DESK,
                day.plus(A_DAY.multipliedBy(11))).next();

        // then: the citizen is tried again; the misses before they were reached do not count against this round
        assertThat(next.state()).isEqualTo(CaseState.CALLBACK_PENDING);
        assertThat(next.closure()).isNull();
        assertThat(next.nextCallbackAt()).isEqualTo(day.plus(A_DAY.multipliedBy(12)));
    }

    @Test
    void followsAnUnsatisfiedCitizenThroughASecondInvestigationToClosure() {
        // given
        Case opened = Cases.assigned();

        // when
        Case underInvestigation = opened.accept(Cases.TEAM, COUNTY_OFFICER, Cases.ACCEPTED_AT).next();
        Case reported = underInvestigation.verify(aSubstantiatedReport(), false, COUNTY_OFFICER, Cases.VERIFIED_AT)
                .next();
        Case reopened = reported.callback(unsatisfied(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE, CALLBACK_DESK,
                CALLED_BACK_AT).next();
        Instant reportedAgainAt = CALLED_BACK_AT.plus(A_DAY.multipliedBy(5));
        Transition secondReport = reopened.verify(aSubstantiatedReport(), false, COUNTY_OFFICER, reportedAgainAt);
        Instant secondCall = reportedAgainAt.plus(A_DAY);
        Transition finalCall = secondReport.next().callback(satisfied(), THREE_ATTEMPTS_A_DAY_APART, null,
                CALLBACK_DESK, secondCall);

        // then
        Case done = finalCall.next();
        assertThat(done.state()).isEqualTo(CaseState.CLOSED);
        assertThat(done.closure()).isEqualTo(Closure.SATISFIED);
        assertThat(done.closedAt()).isEqualTo(secondCall);
        assertThat(done.reopenCount()).isEqualTo(1);
        assertThat(done.lateReports()).isZero();
        assertThat(done.callbacks()).extracting(CallbackAttempt::attempt, CallbackAttempt::result).containsExactly(
                tuple(1, CallbackResult.UNSATISFIED),
                tuple(2, CallbackResult.SATISFIED));
        assertThat(done.timeline()).extracting(TimelineEntry::action).containsExactly("RECEIVED", "ASSIGNED",
                "ACCEPTED", "VERIFIED", "CALLBACK_PENDING", "CALLBACK_UNSATISFIED", "VERIFIED", "CALLBACK_PENDING",
                "CALLBACK_SATISFIED");
        assertThat(secondReport.events()).singleElement().isInstanceOfSatisfying(
                CaseVerified.class, event -> {
                    assertThat(event.reopenCount()).isEqualTo(1);
                    assertThat(event.deadline()).isEqualTo(REOPEN_DEADLINE.dueAt());
                });
        assertThat(finalCall.events()).singleElement().isInstanceOfSatisfying(CallbackCompleted.class,
                event -> assertThat(event.attempt()).isEqualTo(2));
    }

    @Test
    void refusesACallbackWhileTheCountyIsStillInvestigating() {
        Case underInvestigation = investigating();

        assertThatThrownBy(() -> underInvestigation.callback(satisfied(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE,
                CALLBACK_DESK, CALLED_BACK_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.INVESTIGATING))
                .hasMessageContaining("callback")
                .hasMessageContaining("INVESTIGATING");
    }

    @Test
    void refusesACallbackOnAClosedCase() {
        Case done = closed();

        assertThatThrownBy(() -> done.callback(unsatisfied(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE,
                CALLBACK_DESK, CALLED_BACK_AT.plus(A_DAY)))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CLOSED))
                .hasMessageContaining("CLOSED");
    }

    @Test
    void refusesACallbackBeforeTheCityHasApprovedTheReport() {
        Case waitingForReview = Cases.reviewPending();

        assertThatThrownBy(() -> waitingForReview.callback(satisfied(), THREE_ATTEMPTS_A_DAY_APART, REOPEN_DEADLINE,
                CALLBACK_DESK, CALLED_BACK_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.REVIEW_PENDING));
    }
}
