package cn.huiyin.cases.cases.model;

import static cn.huiyin.cases.cases.model.Cases.CALLBACK_DESK;
import static cn.huiyin.cases.cases.model.Cases.CITY_REVIEWER;
import static cn.huiyin.cases.cases.model.Cases.COUNTY_OFFICER;
import static cn.huiyin.cases.cases.model.Cases.DEADLINE;
import static cn.huiyin.cases.cases.model.Cases.REVIEWED_AT;
import static cn.huiyin.cases.cases.model.Cases.THREE_ATTEMPTS_A_DAY_APART;
import static cn.huiyin.cases.cases.model.Cases.aSubstantiatedReport;
import static cn.huiyin.cases.cases.model.Cases.callbackPending;
import static cn.huiyin.cases.cases.model.Cases.closed;
import static cn.huiyin.cases.cases.model.Cases.deadlineFrom;
import static cn.huiyin.cases.cases.model.Cases.investigating;
import static cn.huiyin.cases.cases.model.Cases.reviewPending;
import static cn.huiyin.cases.cases.model.Cases.unsatisfied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.events.CaseVerified;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The city's review of a county report (审核): approved to the callback desk, or returned (退回重办). */
class CaseReviewTest {

    private static final Deadline RETURN_DEADLINE = deadlineFrom(REVIEWED_AT);

    @Test
    void sendsAnApprovedReportToTheCallbackDesk() {
        // given
        Case waiting = reviewPending();

        // when
        Transition review = waiting.review(true, "核查属实,同意办结", null, CITY_REVIEWER, REVIEWED_AT);

        // then
        Case next = review.next();
        assertThat(next.state()).isEqualTo(CaseState.CALLBACK_PENDING);
        assertThat(next.nextCallbackAt()).isEqualTo(REVIEWED_AT);
        assertThat(next.reopenCount()).isZero();
        assertThat(next.deadline()).isEqualTo(DEADLINE);
        assertThat(review.events()).isEmpty();
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("APPROVED");
            assertThat(entry.actor()).isEqualTo(CITY_REVIEWER);
            assertThat(entry.from()).isEqualTo(CaseState.REVIEW_PENDING);
            assertThat(entry.to()).isEqualTo(CaseState.CALLBACK_PENDING);
            assertThat(entry.note()).isEqualTo("核查属实,同意办结");
        });
    }

    @Test
    void returnsAReportForReinvestigationUnderANewDeadline() {
        Case waiting = reviewPending();

        Transition review = waiting.review(false, "未附补助发放凭证", RETURN_DEADLINE, CITY_REVIEWER, REVIEWED_AT);

        Case next = review.next();
        assertThat(next.state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(next.reopenCount()).isEqualTo(1);
        assertThat(next.deadline()).isEqualTo(RETURN_DEADLINE);
        assertThat(next.nextCallbackAt()).isNull();
        assertThat(review.events()).isEmpty();
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("RETURNED");
            assertThat(entry.from()).isEqualTo(CaseState.REVIEW_PENDING);
            assertThat(entry.to()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(entry.note()).isEqualTo("未附补助发放凭证");
        });
    }

    @Test
    void aReturnedCaseStartsItsNewDeadlineWithoutTheOldMarks() {
        Case returned = reviewPending().review(false, "重新核查", RETURN_DEADLINE, CITY_REVIEWER, REVIEWED_AT)
                .next();

        assertThat(returned.dueSoon()).isFalse();
        assertThat(returned.overdue()).isFalse();
        assertThat(returned.markDueSoon(RETURN_DEADLINE.dueSoonAt()).events()).hasSize(1);
    }

    @Test
    void reportsTheReopenCountWhenAReturnedCaseIsVerifiedAgain() {
        Case returned = reviewPending().review(false, "重新核查", RETURN_DEADLINE, CITY_REVIEWER, REVIEWED_AT)
                .next();

        Transition again = returned.verify(aSubstantiatedReport(), true, COUNTY_OFFICER,
                REVIEWED_AT.plusSeconds(86400));

        assertThat(again.next().state()).isEqualTo(CaseState.REVIEW_PENDING);
        assertThat(again.events()).singleElement().isInstanceOfSatisfying(CaseVerified.class, event -> {
            assertThat(event.reopenCount()).isEqualTo(1);
            assertThat(event.deadline()).isEqualTo(RETURN_DEADLINE.dueAt());
        });
    }

    @Test
    void cityReturnsAreCountedApartFromCallbackReopenings() {
        // given: the city returns the first report, approves the second, and the citizen is unsatisfied
        Case returned = reviewPending().review(false, "未附补助发放凭证", RETURN_DEADLINE, CITY_REVIEWER, REVIEWED_AT)
                .next();
        Transition reportedAgain = returned.verify(aSubstantiatedReport(), true, COUNTY_OFFICER, daysAfterReview(1));
        Case approved = reportedAgain.next().review(true, null, null, CITY_REVIEWER, daysAfterReview(2)).next();
        Case reopened = approved.callback(unsatisfied(), THREE_ATTEMPTS_A_DAY_APART, deadlineFrom(daysAfterReview(3)),
                CALLBACK_DESK, daysAfterReview(3)).next();

        // when: the county reports a third time
        Transition reportedThirdTime = reopened.verify(aSubstantiatedReport(), true, COUNTY_OFFICER,
                daysAfterReview(4));

        // then: of the two reopenings before it, one was the city's return
        assertThat(reportedAgain.events()).singleElement().isInstanceOfSatisfying(CaseVerified.class, event -> {
            assertThat(event.reopenCount()).isEqualTo(1);
            assertThat(event.returnCount()).isEqualTo(1);
        });
        assertThat(reportedThirdTime.events()).singleElement().isInstanceOfSatisfying(CaseVerified.class, event -> {
            assertThat(event.reopenCount()).isEqualTo(2);
            assertThat(event.returnCount()).isEqualTo(1);
        });
    }

    @Test
    void aFirstReportWasNeverReturned() {
        Transition first = investigating().verify(aSubstantiatedReport(), true, COUNTY_OFFICER, REVIEWED_AT);

        assertThat(first.events()).singleElement().isInstanceOfSatisfying(CaseVerified.class,
                event -> assertThat(event.returnCount()).isZero());
    }

    @Test
    void refusesAReviewWhileTheCountyIsStillInvestigating() {
        Case underInvestigation = investigating();

        assertThatThrownBy(() -> underInvestigation.review(true, null, null, CITY_REVIEWER, REVIEWED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.INVESTIGATING))
                .hasMessageContaining("review")
                .hasMessageContaining("INVESTIGATING");
    }

    @Test
    void refusesAReviewOfAReportThatNeededNone() {
        Case waitingForCallback = callbackPending();

        assertThatThrownBy(() -> waitingForCallback.review(false, "退回", RETURN_DEADLINE, CITY_REVIEWER,
                REVIEWED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CALLBACK_PENDING));
    }

    @Test
    void refusesToApproveTheSameReportTwice() {
        Case approved = reviewPending().review(true, null, null, CITY_REVIEWER, REVIEWED_AT).next();

        assertThatThrownBy(() -> approved.review(true, null, null, CITY_REVIEWER, REVIEWED_AT.plusSeconds(60)))
                .isInstanceOf(CaseStateConflict.class)
                .hasMessageContaining("CALLBACK_PENDING");
    }

    @Test
    void refusesAReviewOfAClosedCase() {
        Case done = closed();

        assertThatThrownBy(() -> done.review(true, null, null, CITY_REVIEWER, REVIEWED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CLOSED));
    }

    private static Instant daysAfterReview(int days) {
        return REVIEWED_AT.plus(Duration.ofDays(days));
    }
}
