package cn.huiyin.cases.cases.model;

import static cn.huiyin.cases.cases.model.Cases.assigned;
import static cn.huiyin.cases.cases.model.Cases.beijing;
import static cn.huiyin.cases.cases.model.Cases.callbackPending;
import static cn.huiyin.cases.cases.model.Cases.closed;
import static cn.huiyin.cases.cases.model.Cases.investigating;
import static cn.huiyin.cases.cases.model.Cases.reviewPending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Supervisors urge cases (催办/督办) and make key cases with a responsible leader (领导包案). */
class CaseSupervisionTest {

    private static final Instant URGED_AT = beijing("2020-03-26T09:00");
    private static final String SUPERVISOR = "province-supervisor";

    @Test
    void countsEveryUrgeAndRecordsItInTheTimeline() {
        // given
        Case underInvestigation = investigating();

        // when
        Transition first = underInvestigation.urge("请加快办理", SUPERVISOR, URGED_AT);
        Transition second = first.next().urge("已临期,请于本周内上报", SUPERVISOR, URGED_AT.plusSeconds(86400));

        // then
        Case next = second.next();
        assertThat(next.supervision().urges()).isEqualTo(2);
        assertThat(next.supervision().keyCase()).isFalse();
        assertThat(next.state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(first.events()).isEmpty();
        assertThat(second.events()).isEmpty();
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("URGED");
            assertThat(entry.actor()).isEqualTo(SUPERVISOR);
            assertThat(entry.from()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(entry.to()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(entry.note()).isEqualTo("已临期,请于本周内上报");
        });
    }

    @Test
    void urgesACaseInEveryOpenState() {
        for (Case open : List.of(assigned(), investigating(), reviewPending(), callbackPending())) {
            Case urged = open.urge(null, SUPERVISOR, URGED_AT).next();

            assertThat(urged.supervision().urges()).as("urges in %s", open.state()).isEqualTo(1);
            assertThat(urged.state()).isEqualTo(open.state());
        }
    }

    @Test
    void refusesToUrgeAClosedCase() {
        Case done = closed();

        assertThatThrownBy(() -> done.urge("请加快办理", SUPERVISOR, URGED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CLOSED))
                .hasMessageContaining("urge")
                .hasMessageContaining("CLOSED");
    }

    @Test
    void makesAKeyCaseWithItsResponsibleLeaderAndLeadUnit() {
        Case underInvestigation = investigating();

        Transition marking = underInvestigation.markKeyCase("陈县长", "威宁县人民政府", "涉及多户", SUPERVISOR, URGED_AT);

        Case next = marking.next();
        assertThat(marking.events()).isEmpty();
        assertThat(next.supervision().keyCase()).isTrue();
        assertThat(next.supervision().leader()).isEqualTo("陈县长");
        assertThat(next.supervision().leadUnit()).isEqualTo("威宁县人民政府");
        assertThat(next.state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(next.timeline()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("KEY_CASE");
            assertThat(entry.from()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(entry.to()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(entry.note()).isEqualTo("陈县长 / 威宁县人民政府: 涉及多户");
        });
    }

    @Test
    void keepsTheUrgesCountedBeforeTheCaseBecameAKeyCase() {
        Case urged = assigned().urge(null, SUPERVISOR, URGED_AT).next();

        Case key = urged.markKeyCase("陈县长", "威宁县人民政府", null, SUPERVISOR, URGED_AT.plusSeconds(60)).next();

        assertThat(key.supervision()).isEqualTo(new Supervision(1, true, "陈县长", "威宁县人民政府"));
        assertThat(key.timeline()).last().extracting(TimelineEntry::note).isEqualTo("陈县长 / 威宁县人民政府");
    }

    @Test
    void makesAKeyCaseWhileTheCallbackIsPending() {
        Case key = callbackPending().markKeyCase("陈县长", "威宁县人民政府", null, SUPERVISOR, URGED_AT).next();

        assertThat(key.supervision().keyCase()).isTrue();
        assertThat(key.state()).isEqualTo(CaseState.CALLBACK_PENDING);
    }

    @Test
    void refusesToMakeAClosedCaseAKeyCase() {
        Case done = closed();

        assertThatThrownBy(() -> done.markKeyCase("陈县长", "威宁县人民政府", null, SUPERVISOR, URGED_AT))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.current()).isEqualTo(CaseState.CLOSED))
                .hasMessageContaining("key case")
                .hasMessageContaining("CLOSED");
    }
}
