package cn.huiyin.cases.cases.model;

import static cn.huiyin.cases.cases.model.Cases.CALLBACK_DESK;
import static cn.huiyin.cases.cases.model.Cases.CALL_ID;
import static cn.huiyin.cases.cases.model.Cases.CASE_ID;
import static cn.huiyin.cases.cases.model.Cases.COUNTY_OFFICER;
import static cn.huiyin.cases.cases.model.Cases.DUE_AT;
import static cn.huiyin.cases.cases.model.Cases.DUE_SOON_AT;
import static cn.huiyin.cases.cases.model.Cases.HOUSING_IN_HEZHANG;
import static cn.huiyin.cases.cases.model.Cases.THREE_ATTEMPTS_A_DAY_APART;
import static cn.huiyin.cases.cases.model.Cases.TRACKING_NUMBER;
import static cn.huiyin.cases.cases.model.Cases.WEINING;
import static cn.huiyin.cases.cases.model.Cases.aSubstantiatedReport;
import static cn.huiyin.cases.cases.model.Cases.assigned;
import static cn.huiyin.cases.cases.model.Cases.callbackPending;
import static cn.huiyin.cases.cases.model.Cases.closed;
import static cn.huiyin.cases.cases.model.Cases.deadlineFrom;
import static cn.huiyin.cases.cases.model.Cases.investigating;
import static cn.huiyin.cases.cases.model.Cases.reviewPending;
import static cn.huiyin.cases.cases.model.Cases.unsatisfied;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.OverdueStage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due-soon (临期) and overdue (超期) marks: while a report is owed, once per deadline. */
class CaseDeadlineMarksTest {

    private static final Instant LONG_AFTER = DUE_AT.plus(Duration.ofDays(60));

    @Test
    void marksACaseDueSoonOnceItsDueSoonTimeHasCome() {
        // given
        Case inWeining = assigned();

        // when
        Transition mark = inWeining.markDueSoon(DUE_SOON_AT);

        // then
        assertThat(mark.next().dueSoon()).isTrue();
        assertThat(mark.next().overdue()).isFalse();
        assertThat(mark.events()).singleElement().isEqualTo(
                new CaseOverdue(CASE_ID, TRACKING_NUMBER, WEINING, OverdueStage.DUE_SOON, DUE_AT, DUE_SOON_AT,
                        CALL_ID));
        assertThat(mark.next().timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("DUE_SOON");
            assertThat(entry.at()).isEqualTo(DUE_SOON_AT);
            assertThat(entry.from()).isEqualTo(CaseState.ASSIGNED);
            assertThat(entry.to()).isEqualTo(CaseState.ASSIGNED);
        });
    }

    @Test
    void doesNotMarkACaseDueSoonBeforeItsTime() {
        Case inWeining = assigned();

        Transition mark = inWeining.markDueSoon(DUE_SOON_AT.minusSeconds(1));

        assertThat(mark.events()).isEmpty();
        assertThat(mark.next()).isSameAs(inWeining);
    }

    @Test
    void marksACaseDueSoonOnlyOncePerDeadline() {
        Case dueSoon = investigating().markDueSoon(DUE_SOON_AT).next();

        Transition again = dueSoon.markDueSoon(DUE_SOON_AT.plus(Duration.ofHours(6)));

        assertThat(again.events()).isEmpty();
        assertThat(again.next()).isSameAs(dueSoon);
        assertThat(again.next().timeline()).filteredOn(entry -> entry.action().equals("DUE_SOON")).hasSize(1);
    }

    @Test
    void doesNotMarkACaseDueSoonOnceItIsAlreadyOverdue() {
        Transition mark = investigating().markDueSoon(DUE_AT);

        assertThat(mark.events()).isEmpty();
        assertThat(mark.next().dueSoon()).isFalse();
    }

    @Test
    void marksACaseOverdueWhenItsDeadlinePassesWithoutAReport() {
        Case dueSoon = investigating().markDueSoon(DUE_SOON_AT).next();

        Transition mark = dueSoon.markOverdue(DUE_AT);

        assertThat(mark.next().overdue()).isTrue();
        assertThat(mark.next().dueSoon()).isTrue();
        assertThat(mark.events()).singleElement().isEqualTo(
                new CaseOverdue(CASE_ID, TRACKING_NUMBER, WEINING, OverdueStage.OVERDUE, DUE_AT, DUE_AT, CALL_ID));
        assertThat(mark.next().timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("OVERDUE");
            assertThat(entry.actor()).isEqualTo("case-service");
            assertThat(entry.from()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(entry.to()).isEqualTo(CaseState.INVESTIGATING);
        });
    }

    @Test
    void doesNotMarkACaseOverdueBeforeItsDeadline() {
        Case underInvestigation = investigating();

        Transition mark = underInvestigation.markOverdue(DUE_AT.minusNanos(1));

        assertThat(mark.events()).isEmpty();
        assertThat(mark.next()).isSameAs(underInvestigation);
    }

    @Test
    void marksACaseOverdueOnlyOncePerDeadline() {
        Case overdue = assigned().markOverdue(DUE_AT.plusSeconds(3600)).next();

        Transition again = overdue.markOverdue(LONG_AFTER);

        assertThat(again.events()).isEmpty();
        assertThat(again.next()).isSameAs(overdue);
    }

    @Test
    void marksAReopenedCaseAgainUnderItsNewDeadline() {
        // given: the first deadline was marked, then the report came in and the citizen was unsatisfied
        Instant reportedAt = DUE_AT.plus(Duration.ofDays(2));
        Case reopened = investigating().markDueSoon(DUE_SOON_AT).next().markOverdue(DUE_AT).next()
                .verify(aSubstantiatedReport(), false, COUNTY_OFFICER, reportedAt).next()
                .callback(unsatisfied(), THREE_ATTEMPTS_A_DAY_APART, deadlineFrom(reportedAt.plusSeconds(3600)),
                        CALLBACK_DESK, reportedAt.plusSeconds(3600))
                .next();
        Deadline second = reopened.deadline();

        // when
        Transition dueSoon = reopened.markDueSoon(second.dueSoonAt());
        Transition overdue = dueSoon.next().markOverdue(second.dueAt());

        // then
        assertThat(dueSoon.events()).singleElement().isInstanceOfSatisfying(CaseOverdue.class, event -> {
            assertThat(event.stage()).isEqualTo(OverdueStage.DUE_SOON);
            assertThat(event.deadline()).isEqualTo(second.dueAt());
        });
        assertThat(overdue.events()).singleElement().isInstanceOfSatisfying(CaseOverdue.class, event -> {
            assertThat(event.stage()).isEqualTo(OverdueStage.OVERDUE);
            assertThat(event.deadline()).isEqualTo(second.dueAt());
        });
    }

    @Test
    void marksAReassignedCaseAgainUnderItsNewDeadline() {
        Case overdue = investigating().markOverdue(DUE_AT).next();
        Deadline newDeadline = deadlineFrom(DUE_AT.plusSeconds(60));
        Case reassigned = overdue.reassign(HOUSING_IN_HEZHANG, newDeadline, null, "bijie-city",
                DUE_AT.plusSeconds(60)).next();

        Transition mark = reassigned.markOverdue(newDeadline.dueAt());

        assertThat(mark.events()).singleElement().isInstanceOfSatisfying(CaseOverdue.class, event -> {
            assertThat(event.countyCode()).isEqualTo(Cases.HEZHANG);
            assertThat(event.deadline()).isEqualTo(newDeadline.dueAt());
        });
    }

    @Test
    void neverMarksACaseWhoseReportIsIn() {
        for (Case reported : List.of(reviewPending(), callbackPending(), closed())) {
            Transition dueSoon = reported.markDueSoon(DUE_SOON_AT);
            Transition overdue = reported.markOverdue(LONG_AFTER);

            assertThat(dueSoon.events()).as("due soon in %s", reported.state()).isEmpty();
            assertThat(dueSoon.next()).isSameAs(reported);
            assertThat(overdue.events()).as("overdue in %s", reported.state()).isEmpty();
            assertThat(overdue.next()).isSameAs(reported);
        }
    }

    @Test
    void doesNotMarkACaseReportedLateAfterItsReport() {
        Case reportedLate = investigating().verify(aSubstantiatedReport(), false, COUNTY_OFFICER,
                DUE_AT.plusSeconds(1)).next();

        assertThat(reportedLate.markOverdue(LONG_AFTER).events()).isEmpty();
        assertThat(reportedLate.overdue()).isFalse();
    }
}
