package cn.huiyin.cases.cases.model;

import static cn.huiyin.cases.cases.model.Cases.ASSIGNED_AT;
import static cn.huiyin.cases.cases.model.Cases.CALLER_REF;
import static cn.huiyin.cases.cases.model.Cases.CALL_ID;
import static cn.huiyin.cases.cases.model.Cases.CASE_ID;
import static cn.huiyin.cases.cases.model.Cases.COUNTY_OFFICER;
import static cn.huiyin.cases.cases.model.Cases.DUE_AT;
import static cn.huiyin.cases.cases.model.Cases.DUE_SOON_AT;
import static cn.huiyin.cases.cases.model.Cases.TRACKING_NUMBER;
import static cn.huiyin.cases.cases.model.Cases.VERIFIED_AT;
import static cn.huiyin.cases.cases.model.Cases.WEINING;
import static cn.huiyin.cases.cases.model.Cases.WEINING_TOWNSHIP;
import static cn.huiyin.cases.cases.model.Cases.aSubstantiatedReport;
import static cn.huiyin.cases.cases.model.Cases.assigned;
import static cn.huiyin.cases.cases.model.Cases.callbackPending;
import static cn.huiyin.cases.cases.model.Cases.closed;
import static cn.huiyin.cases.cases.model.Cases.investigating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;
import cn.huiyin.events.Department;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The county's verification report (核查报告), on time or late (迟报). */
class CaseVerificationTest {

    @Test
    void sendsAReportedCaseStraightToTheCallbackDeskWhenNoReviewIsRequired() {
        // given
        Case underInvestigation = investigating();

        // when
        Case next = underInvestigation.verify(aSubstantiatedReport(), false, COUNTY_OFFICER, VERIFIED_AT).next();

        // then
        assertThat(next.state()).isEqualTo(CaseState.CALLBACK_PENDING);
        assertThat(next.nextCallbackAt()).isEqualTo(VERIFIED_AT);
    }

    @Test
    void holdsAReportedCaseForTheCityWhenReviewIsRequired() {
        Case next = investigating().verify(aSubstantiatedReport(), true, COUNTY_OFFICER, VERIFIED_AT).next();

        assertThat(next.state()).isEqualTo(CaseState.REVIEW_PENDING);
        assertThat(next.nextCallbackAt()).isNull();
    }

    @Test
    void keepsTheReportAsAcceptedWithItsTimeAndAuthor() {
        Case next = investigating().verify(aSubstantiatedReport(), false, COUNTY_OFFICER, VERIFIED_AT).next();

        Verification verification = next.verification();
        assertThat(verification.substantiated()).isEqualTo(Substantiation.YES);
        assertThat(verification.natures()).containsExactly(Nature.FUNDS_DELAYED, Nature.WORK_ERROR);
        assertThat(verification.findings()).isEqualTo(aSubstantiatedReport().findings());
        assertThat(verification.resolution()).isEqualTo(Resolution.RESOLVED);
        assertThat(verification.reportedSatisfaction()).isEqualTo(ReportedSatisfaction.SATISFIED);
        assertThat(verification.householdAtRisk()).isTrue();
        assertThat(verification.householdId()).isEqualTo("HH-520526101-0042");
        assertThat(verification.verifiedAt()).isEqualTo(VERIFIED_AT);
        assertThat(verification.verifiedBy()).isEqualTo(COUNTY_OFFICER);
        assertThat(verification.late()).isFalse();
    }

    @Test
    void passesThroughVerifiedOnItsWayToTheCallbackDesk() {
        Case next = investigating().verify(aSubstantiatedReport(), false, COUNTY_OFFICER, VERIFIED_AT).next();

        assertThat(next.timeline()).extracting(TimelineEntry::action)
                .containsExactly("RECEIVED", "ASSIGNED", "ACCEPTED", "VERIFIED", "CALLBACK_PENDING");
        assertThat(next.timeline()).extracting(TimelineEntry::from, TimelineEntry::to).endsWith(
                tuple(CaseState.INVESTIGATING, CaseState.VERIFIED),
                tuple(CaseState.VERIFIED, CaseState.CALLBACK_PENDING));
    }

    @Test
    void passesThroughVerifiedOnItsWayToReview() {
        Case next = investigating().verify(aSubstantiatedReport(), true, COUNTY_OFFICER, VERIFIED_AT).next();

        assertThat(next.timeline()).extracting(TimelineEntry::action).endsWith("VERIFIED", "REVIEW_PENDING");
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(CaseState.VERIFIED);
            assertThat(entry.to()).isEqualTo(CaseState.REVIEW_PENDING);
        });
    }

    @Test
    void announcesTheVerificationWithEveryFactOfTheReportAndTheCase() {
        Transition verification = investigating().verify(aSubstantiatedReport(), false, COUNTY_OFFICER,
                VERIFIED_AT);

        assertThat(verification.events()).singleElement().isInstanceOfSatisfying(CaseVerified.class, event -> {
            assertThat(event.caseId()).isEqualTo(CASE_ID);
            assertThat(event.callId()).isEqualTo(CALL_ID);
            assertThat(event.trackingNumber()).isEqualTo(TRACKING_NUMBER);
            assertThat(event.regionCode()).isEqualTo(WEINING_TOWNSHIP);
            assertThat(event.countyCode()).isEqualTo(WEINING);
            assertThat(event.categories()).containsExactly(Category.HOUSING_SECURITY, Category.FINANCE);
            assertThat(event.leadDepartment()).isEqualTo(Department.HOUSING_CONSTRUCTION);
            assertThat(event.coDepartments())
                    .containsExactly(Department.POVERTY_ALLEVIATION, Department.CIVIL_AFFAIRS);
            assertThat(event.substantiated()).isEqualTo(Substantiation.YES);
            assertThat(event.natures()).containsExactly(Nature.FUNDS_DELAYED, Nature.WORK_ERROR);
            assertThat(event.findings()).isEqualTo(aSubstantiatedReport().findings());
            assertThat(event.resolution()).isEqualTo(Resolution.RESOLVED);
            assertThat(event.reportedSatisfaction()).isEqualTo(ReportedSatisfaction.SATISFIED);
            assertThat(event.householdAtRisk()).isTrue();
            assertThat(event.householdId()).isEqualTo("HH-520526101-0042");
            assertThat(event.callerRef()).isEqualTo(CALLER_REF);
            assertThat(event.assignedAt()).isEqualTo(ASSIGNED_AT);
            assertThat(event.deadline()).isEqualTo(DUE_AT);
            assertThat(event.verifiedAt()).isEqualTo(VERIFIED_AT);
            assertThat(event.late()).isFalse();
            assertThat(event.reopenCount()).isZero();
        });
    }

    @Test
    void takesAReportOneSecondBeforeTheDeadlineAsOnTime() {
        Instant lastSecond = DUE_AT.minusSeconds(1);

        Transition verification = investigating().verify(aSubstantiatedReport(), false, COUNTY_OFFICER, lastSecond);

        assertThat(verification.next().lateReports()).isZero();
        assertThat(verification.next().verification().late()).isFalse();
        assertThat(((CaseVerified) verification.events().get(0)).late()).isFalse();
    }

    @Test
    void countsAReportAfterTheDeadlineAsLate() {
        Instant aWeekLate = DUE_AT.plus(Duration.ofDays(7));

        Transition verification = investigating().verify(aSubstantiatedReport(), false, COUNTY_OFFICER, aWeekLate);

        Case next = verification.next();
        assertThat(next.state()).isEqualTo(CaseState.CALLBACK_PENDING);
        assertThat(next.lateReports()).isEqualTo(1);
        assertThat(next.verification().late()).isTrue();
        assertThat(((CaseVerified) verification.events().get(0)).late()).isTrue();
        assertThat(next.timeline()).filteredOn(entry -> entry.action().equals("VERIFIED"))
                .singleElement().extracting(TimelineEntry::note).isEqualTo("迟报");
    }

    @Test
    void countsAReportMadeExactlyAtTheDeadlineAsLate() {
        Case next = investigating().verify(aSubstantiatedReport(), false, COUNTY_OFFICER, DUE_AT).next();

        assertThat(next.verification().late()).isTrue();
        assertThat(next.lateReports()).isEqualTo(1);
    }

    @Test
    void recordsEmptyFindingsWhenTheCountyGivesNone() {
        var withoutFindings = new Verification.Report(Substantiation.NO, List.of(), null, Resolution.EXPLAINED,
                ReportedSatisfaction.BASICALLY_SATISFIED, false, null);

        Transition verification = investigating().verify(withoutFindings, false, COUNTY_OFFICER, VERIFIED_AT);

        assertThat(verification.next().verification().findings()).isEmpty();
        assertThat(((CaseVerified) verification.events().get(0)).findings()).isEmpty();
    }

    @Test
    void clearsTheDeadlineMarksOnceTheReportIsIn() {
        Case overdue = investigating().markDueSoon(DUE_SOON_AT).next().markOverdue(DUE_AT).next();

        Case next = overdue.verify(aSubstantiatedReport(), false, COUNTY_OFFICER, DUE_AT.plusSeconds(60)).next();

        assertThat(next.dueSoon()).isFalse();
        assertThat(next.overdue()).isFalse();
    }

    @Test
    void refusesAReportBeforeTheCountyHasAcceptedTheCase() {
        Case notAccepted = assigned();

        assertThatThrownBy(() -> notAccepted.verify(aSubstantiatedReport(), false, COUNTY_OFFICER, VERIFIED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.ASSIGNED))
                .hasMessageContaining("verification")
                .hasMessageContaining("ASSIGNED");
    }

    @Test
    void refusesASecondReportWhileTheCallbackIsPending() {
        Case reported = callbackPending();

        assertThatThrownBy(() -> reported.verify(aSubstantiatedReport(), false, COUNTY_OFFICER, VERIFIED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CALLBACK_PENDING));
    }

    @Test
    void refusesAReportOnAClosedCase() {
        Case done = closed();

        assertThatThrownBy(() -> done.verify(aSubstantiatedReport(), false, COUNTY_OFFICER, VERIFIED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CLOSED))
                .hasMessageContaining("CLOSED");
    }
}
