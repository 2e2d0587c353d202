package cn.huiyin.cases.cases.model;

import static cn.huiyin.cases.cases.model.Cases.ACCEPTED_AT;
import static cn.huiyin.cases.cases.model.Cases.COUNTY_OFFICER;
import static cn.huiyin.cases.cases.model.Cases.HEZHANG;
import static cn.huiyin.cases.cases.model.Cases.HOUSING_IN_HEZHANG;
import static cn.huiyin.cases.cases.model.Cases.TEAM;
import static cn.huiyin.cases.cases.model.Cases.assigned;
import static cn.huiyin.cases.cases.model.Cases.beijing;
import static cn.huiyin.cases.cases.model.Cases.callbackPending;
import static cn.huiyin.cases.cases.model.Cases.closed;
import static cn.huiyin.cases.cases.model.Cases.deadlineFrom;
import static cn.huiyin.cases.cases.model.Cases.investigating;
import static cn.huiyin.cases.cases.model.Cases.reviewPending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.events.CaseAccepted;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.Department;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reassignment (改派) by the city or province, and acceptance by the county (成立核查组). */
class CaseAssignmentTest {

    private static final Instant REASSIGNED_AT = beijing("2020-03-10T11:00");
    private static final Deadline NEW_DEADLINE = deadlineFrom(REASSIGNED_AT);
    private static final String CITY = "bijie-city";

    @Test
    void reassignsAnAssignedCaseToAnotherCountyWithANewDeadline() {
        // given
        Case inWeining = assigned();

        // when
        Case next = inWeining.reassign(HOUSING_IN_HEZHANG, NEW_DEADLINE, "张副县长", CITY, REASSIGNED_AT).next();

        // then
        assertThat(next.state()).isEqualTo(CaseState.ASSIGNED);
        assertThat(next.routing()).isEqualTo(HOUSING_IN_HEZHANG);
        assertThat(next.countyCode()).isEqualTo(HEZHANG);
        assertThat(next.deadline()).isEqualTo(NEW_DEADLINE);
        assertThat(next.assignedAt()).isEqualTo(REASSIGNED_AT);
        assertThat(next.leadOfficial()).isEqualTo("张副县长");
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("REASSIGNED");
            assertThat(entry.actor()).isEqualTo(CITY);
            assertThat(entry.from()).isEqualTo(CaseState.ASSIGNED);
            assertThat(entry.to()).isEqualTo(CaseState.ASSIGNED);
            assertThat(entry.note()).contains(HEZHANG);
        });
    }

    @Test
    void reassignsACaseUnderInvestigationAndDisbandsTheOldTeam() {
        Case underInvestigation = investigating();

        Case next = underInvestigation.reassign(HOUSING_IN_HEZHANG, NEW_DEADLINE, null, CITY, REASSIGNED_AT).next();

        assertThat(next.state()).isEqualTo(CaseState.ASSIGNED);
        assertThat(next.investigators()).isEmpty();
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(entry.to()).isEqualTo(CaseState.ASSIGNED);
        });
    }

    @Test
    void announcesTheReassignmentWithTheNewCountyDepartmentsAndDeadline() {
        Transition reassignment = investigating().reassign(HOUSING_IN_HEZHANG, NEW_DEADLINE, "张副县长", CITY,
                REASSIGNED_AT);

        assertThat(reassignment.events()).singleElement().isInstanceOfSatisfying(CaseAssigned.class, event -> {
            assertThat(event.reassignment()).isTrue();
            assertThat(event.countyCode()).isEqualTo(HEZHANG);
            assertThat(event.leadDepartment()).isEqualTo(Department.HOUSING_CONSTRUCTION);
            assertThat(event.coDepartments()).containsExactly(Department.NATURAL_RESOURCES);
            assertThat(event.deadline()).isEqualTo(NEW_DEADLINE.dueAt());
            assertThat(event.assignedAt()).isEqualTo(REASSIGNED_AT);
            assertThat(event.leadOfficial()).isEqualTo("张副县长");
        });
    }

    @Test
    void keepsTheLeadOfficialWhenTheReassignmentNamesNone() {
        Case withOfficial = assigned().reassign(HOUSING_IN_HEZHANG, NEW_DEADLINE, "张副县长", CITY, REASSIGNED_AT)
                .next();

        Case again = withOfficial.reassign(Cases.HOUSING_IN_WEINING, deadlineFrom(REASSIGNED_AT.plusSeconds(3600)),
                null, CITY, REASSIGNED_AT.plusSeconds(3600)).next();

        assertThat(again.leadOfficial()).isEqualTo("张副县长");
    }

    @Test
    void clearsTheMarksOfTheOldDeadlineWhenReassigned() {
        Case overdue = investigating().markDueSoon(Cases.DUE_SOON_AT).next().markOverdue(Cases.DUE_AT).next();
        assertThat(overdue.dueSoon()).isTrue();
        assertThat(overdue.overdue()).isTrue();

        Case next = overdue.reassign(HOUSING_IN_HEZHANG, deadlineFrom(Cases.DUE_AT), null, CITY, Cases.DUE_AT)
                .next();

        assertThat(next.dueSoon()).isFalse();
        assertThat(next.overdue()).isFalse();
    }

    @Test
    void aReassignmentWithoutANewDeadlineKeepsItsMarksSoTheDeadlineIsOverdueOnce() {
        Case overdue = investigating().markDueSoon(Cases.DUE_SOON_AT).next().markOverdue(Cases.DUE_AT).next();

        Case next = overdue.reassign(HOUSING_IN_HEZHANG, overdue.deadline(), null, CITY, Cases.DUE_AT.plusSeconds(60))
                .next();

        assertThat(next.dueSoon()).isTrue();
        assertThat(next.overdue()).isTrue();
        assertThat(next.markOverdue(Cases.DUE_AT.plusSeconds(120)).events()).isEmpty();
    }

    @Test
    void refusesToReassignACaseWhoseReportAwaitsReview() {
        Case waiting = reviewPending();

        assertThatThrownBy(() -> waiting.reassign(HOUSING_IN_HEZHANG, NEW_DEADLINE, null, CITY, REASSIGNED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.REVIEW_PENDING))
                .hasMessageContaining("reassign")
                .hasMessageContaining("REVIEW_PENDING");
    }

    @Test
    void refusesToReassignACaseWaitingForItsCallback() {
        Case waiting = callbackPending();

        assertThatThrownBy(() -> waiting.reassign(HOUSING_IN_HEZHANG, NEW_DEADLINE, null, CITY, REASSIGNED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CALLBACK_PENDING))
                .hasMessageContaining("CALLBACK_PENDING");
    }

    @Test
    void refusesToReassignAClosedCase() {
        Case done = closed();

        assertThatThrownBy(() -> done.reassign(HOUSING_IN_HEZHANG, NEW_DEADLINE, null, CITY, REASSIGNED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CLOSED))
                .hasMessageContaining("CLOSED");
    }

    @Test
    void startsTheInvestigationWhenTheCountyAcceptsTheCaseWithItsTeam() {
        // given
        Case inWeining = assigned();

        // when
        Transition acceptance = inWeining.accept(TEAM, COUNTY_OFFICER, ACCEPTED_AT);

        // then
        Case next = acceptance.next();
        assertThat(next.state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(next.investigators()).containsExactly("王磊", "李娟");
        assertThat(next.deadline()).isEqualTo(inWeining.deadline());
        // the county's response (响应), for the league table
        assertThat(acceptance.events()).containsExactly(new CaseAccepted(inWeining.caseId(), inWeining.callId(),
                inWeining.trackingNumber(), inWeining.countyCode(), inWeining.assignedAt(), ACCEPTED_AT));
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("ACCEPTED");
            assertThat(entry.actor()).isEqualTo(COUNTY_OFFICER);
            assertThat(entry.at()).isEqualTo(ACCEPTED_AT);
            assertThat(entry.from()).isEqualTo(CaseState.ASSIGNED);
            assertThat(entry.to()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(entry.note()).isEqualTo("王磊、李娟");
        });
    }

    @Test
    void refusesToAcceptTheSameCaseTwice() {
        Case accepted = investigating();

        assertThatThrownBy(() -> accepted.accept(TEAM, COUNTY_OFFICER, ACCEPTED_AT.plusSeconds(60)))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.INVESTIGATING))
                .hasMessageContaining("acceptance")
                .hasMessageContaining("INVESTIGATING");
    }

    @Test
    void refusesToAcceptACaseThatWasAlreadyReported() {
        Case reported = callbackPending();

        assertThatThrownBy(() -> reported.accept(TEAM, COUNTY_OFFICER, ACCEPTED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CALLBACK_PENDING));
    }

    @Test
    void aReassignedCaseMustBeAcceptedAgainByItsNewCounty() {
        Case reassigned = investigating().reassign(HOUSING_IN_HEZHANG, NEW_DEADLINE, null, CITY, REASSIGNED_AT)
                .next();

        Transition acceptance = reassigned.accept(List.of("赵敏"), "hezhang-officer", REASSIGNED_AT.plusSeconds(600));
        Case next = acceptance.next();

        assertThat(next.state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(next.investigators()).containsExactly("赵敏");
        // the new county's response runs from the re-assignment
        assertThat(acceptance.events()).singleElement().isInstanceOfSatisfying(CaseAccepted.class, accepted -> {
            assertThat(accepted.countyCode()).isEqualTo(HOUSING_IN_HEZHANG.countyCode());
            assertThat(accepted.assignedAt()).isEqualTo(REASSIGNED_AT);
        });
    }
}
