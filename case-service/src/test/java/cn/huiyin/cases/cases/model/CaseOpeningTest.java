package cn.huiyin.cases.cases.model;

import static cn.huiyin.cases.cases.model.Cases.ASSIGNED_AT;
import static cn.huiyin.cases.cases.model.Cases.CALLER_REF;
import static cn.huiyin.cases.cases.model.Cases.CALL_ID;
import static cn.huiyin.cases.cases.model.Cases.CASE_ID;
import static cn.huiyin.cases.cases.model.Cases.CASE_NUMBER;
import static cn.huiyin.cases.cases.model.Cases.DEADLINE;
import static cn.huiyin.cases.cases.model.Cases.DUE_AT;
import static cn.huiyin.cases.cases.model.Cases.HOUSING_IN_WEINING;
import static cn.huiyin.cases.cases.model.Cases.RECEIVED_AT;
import static cn.huiyin.cases.cases.model.Cases.TRACKING_NUMBER;
import static cn.huiyin.cases.cases.model.Cases.WEINING;
import static cn.huiyin.cases.cases.model.Cases.WEINING_TOWNSHIP;
import static cn.huiyin.cases.cases.model.Cases.anAppealFromWeining;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.Category;
import cn.huiyin.events.Department;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A transferred call becomes a case assigned to its county (转办). */
class CaseOpeningTest {

    @Test
    void opensATransferredCallAsACaseAssignedToItsCountyWithItsDeadline() {
        // given
        var call = anAppealFromWeining();

        // when
        Case opened = Case.open(CASE_ID, CASE_NUMBER, call, HOUSING_IN_WEINING, DEADLINE, ASSIGNED_AT).next();

        // then
        assertThat(opened.state()).isEqualTo(CaseState.ASSIGNED);
        assertThat(opened.assignedAt()).isEqualTo(ASSIGNED_AT);
        assertThat(opened.deadline()).isEqualTo(DEADLINE);
        assertThat(opened.routing()).isEqualTo(HOUSING_IN_WEINING);
        assertThat(opened.countyCode()).isEqualTo(WEINING);
        assertThat(opened.dueSoon()).isFalse();
        assertThat(opened.overdue()).isFalse();
        assertThat(opened.reopenCount()).isZero();
        assertThat(opened.investigators()).isEmpty();
        assertThat(opened.verification()).isNull();
        assertThat(opened.callbacks()).isEmpty();
        assertThat(opened.closure()).isNull();
        assertThat(opened.supervision()).isEqualTo(Supervision.NONE);
    }

    @Test
    void keepsTheFactsOfTheCallItCameFrom() {
        Case opened = Case.open(CASE_ID, CASE_NUMBER, anAppealFromWeining(), HOUSING_IN_WEINING, DEADLINE,
                ASSIGNED_AT).next();

        assertThat(opened.caseId()).isEqualTo(CASE_ID);
        assertThat(opened.caseNumber()).isEqualTo(CASE_NUMBER);
        assertThat(opened.callId()).isEqualTo(CALL_ID);
        assertThat(opened.trackingNumber()).isEqualTo(TRACKING_NUMBER);
        assertThat(opened.receivedAt()).isEqualTo(RECEIVED_AT);
        assertThat(opened.regionCode()).isEqualTo(WEINING_TOWNSHIP);
        assertThat(opened.townshipCode()).isEqualTo(WEINING_TOWNSHIP);
        assertThat(opened.cityCode()).isEqualTo("5205");
        assertThat(opened.provinceCode()).isEqualTo("52");
        assertThat(opened.categories()).containsExactly(Category.HOUSING_SECURITY, Category.FINANCE);
        assertThat(opened.urgent()).isFalse();
        assertThat(opened.callerRef()).isEqualTo(CALLER_REF);
    }

    @Test
    void recordsTheReceptionAndThenTheTransferInTheTimeline() {
        Case opened = Case.open(CASE_ID, CASE_NUMBER, anAppealFromWeining(), HOUSING_IN_WEINING, DEADLINE,
                ASSIGNED_AT).next();

        assertThat(opened.timeline()).extracting(TimelineEntry::action).containsExactly("RECEIVED", "ASSIGNED");
        TimelineEntry received = opened.timeline().get(0);
        assertThat(received.from()).isNull();
        assertThat(received.to()).isEqualTo(CaseState.RECEIVED);
        assertThat(received.note()).isEqualTo(TRACKING_NUMBER);
        TimelineEntry assigned = opened.timeline().get(1);
        assertThat(assigned.from()).isEqualTo(CaseState.RECEIVED);
        assertThat(assigned.to()).isEqualTo(CaseState.ASSIGNED);
        assertThat(assigned.at()).isEqualTo(ASSIGNED_AT);
        assertThat(assigned.note()).contains(WEINING);
    }

    @Test
    void announcesTheAssignmentOnceWithTheCountyTheDepartmentsAndTheDeadline() {
        Transition opening = Case.open(CASE_ID, CASE_NUMBER, anAppealFromWeining(), HOUSING_IN_WEINING, DEADLINE,
                ASSIGNED_AT);

        assertThat(opening.events()).singleElement().isInstanceOfSatisfying(CaseAssigned.class, event -> {
            assertThat(event.caseId()).isEqualTo(CASE_ID);
            assertThat(event.callId()).isEqualTo(CALL_ID);
            assertThat(event.trackingNumber()).isEqualTo(TRACKING_NUMBER);
            assertThat(event.countyCode()).isEqualTo(WEINING);
            assertThat(event.leadDepartment()).isEqualTo(Department.HOUSING_CONSTRUCTION);
            assertThat(event.coDepartments())
                    .containsExactly(Department.POVERTY_ALLEVIATION, Department.CIVIL_AFFAIRS);
            assertThat(event.deadline()).isEqualTo(DUE_AT);
            assertThat(event.assignedAt()).isEqualTo(ASSIGNED_AT);
            assertThat(event.leadOfficial()).isNull();
            assertThat(event.reassignment()).isFalse();
        });
    }

    @Test
    void neverNamesTheLeadDepartmentAgainAmongTheCoDepartments() {
        Routing routing = new Routing(WEINING, Department.WATER,
                List.of(Department.WATER, Department.AGRICULTURE, Department.AGRICULTURE));

        assertThat(routing.coDepartments()).containsExactly(Department.AGRICULTURE);
    }
}
