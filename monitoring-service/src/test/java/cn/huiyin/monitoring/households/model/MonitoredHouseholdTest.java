package cn.huiyin.monitoring.households.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.chassis.errors.Conflict;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.events.MonitoringChange;
import cn.huiyin.events.MonitoringType;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The acts of a household in monitoring, without I/O: what each allows, refuses and publishes. */
class MonitoredHouseholdTest {

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    static Household facts(HouseholdStatus status) {
        return new Household("hh-1", "520526211200", "520526", new HouseholdHead("fp", "sealed", "王*", "5205***"),
                List.of(new Member(45, true, false, null, false, null)), status, null, List.of(), null,
                new Helper("李帮扶", "威宁县乡村振兴局"), true, true, null, null);
    }

    static StoredAssessment at(RiskLevel level, int score, RiskFactor... factors) {
        return new StoredAssessment(score, level, List.of(factors), List.of(), T0);
    }

    static MonitoredHousehold registered() {
        return MonitoredHousehold.register(facts(HouseholdStatus.ALLEVIATED));
    }

    @Test
    void theRegisterRefusesAStandingInMonitoringAndAnEditCannotChangeIt() {
        assertThatThrownBy(() -> MonitoredHousehold.register(facts(HouseholdStatus.RISK_CLEARED)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("status");
        MonitoredHousehold h = registered();
        assertThatThrownBy(() -> h.edit(facts(HouseholdStatus.RISK_CLEARED))).isInstanceOf(InvalidInput.class);
        MonitoredHousehold monitored = h.identify(MonitoringType.EDGE_OF_POVERTY, List.of(RiskFactor.ILLNESS), "county",
                T0, "d").next();
        assertThatThrownBy(() -> monitored.edit(facts(HouseholdStatus.NORMAL))).isInstanceOf(InvalidInput.class);
        assertThat(monitored.edit(facts(null)).next().status()).isEqualTo(HouseholdStatus.MONITORED);
    }

    @Test
    void aSelfReportPutsAHouseholdInTheQueueWhateverItsScoreAndACallAloneDoesNot() {
        MonitoredHousehold called = registered().signalled(T0, "CALL", "call:1", List.of(RiskFactor.ILLNESS)).next()
                .assessed(at(RiskLevel.LOW, 25, RiskFactor.ILLNESS), "CALL", "call:1", T0).next();
        assertThat(called.pending()).isNull();
        assertThat(called.firstSignalAt()).isEqualTo(T0);

        MonitoredHousehold reported = called.signalled(T0.plusSeconds(60), "SELF_REPORT", "self-report",
                List.of(RiskFactor.DISASTER)).next();
        assertThat(reported.pending()).isNotNull();
        assertThat(reported.pending().since()).as("counted from the first signal of the episode").isEqualTo(T0);
    }

    @Test
    void anAssessmentAtMediumQueuesTheHouseholdAndPublishesOnlyTheLevelNeverAnIdentification() {
        HouseholdChange change = registered().assessed(at(RiskLevel.MEDIUM, 55, RiskFactor.ILLNESS), "VISIT", "v",
                T0);
        assertThat(change.next().pending()).isNotNull();
        assertThat(change.next().status()).isEqualTo(HouseholdStatus.ALLEVIATED);
        assertThat(change.events()).singleElement()
                .satisfies(e -> assertThat(e.change()).isEqualTo(MonitoringChange.LEVEL_CHANGED));
    }

    @Test
    void anIdentificationClosesTheQueueKeepsItsReasonsAndMeasuresFromTheFirstSignal() {
        MonitoredHousehold waiting = registered().signalled(T0, "DEPARTMENT_WARNING", "w", List.of(RiskFactor.ILLNESS))
                .next();
        Instant decided = T0.plus(Duration.ofDays(20));
        HouseholdChange identified = waiting.identify(MonitoringType.SUDDEN_HARDSHIP,
                List.of(RiskFactor.ILLNESS, RiskFactor.SCHOOLING), "county-520526", decided, "d-1");

        assertThat(identified.next().pending()).isNull();
        assertThat(identified.next().firstSignalAt()).isNull();
        assertThat(identified.next().reasonsOfIdentification()).containsExactly(RiskFactor.ILLNESS,
                RiskFactor.SCHOOLING);
        assertThat(identified.events()).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(MonitoringChange.IDENTIFIED);
            assertThat(e.firstSignalAt()).isEqualTo(T0);
            assertThat(e.changedAt()).isEqualTo(decided);
        });
        assertThatThrownBy(() -> identified.next().identify(MonitoringType.SUDDEN_HARDSHIP,
                List.of(RiskFactor.ILLNESS), "county", decided, "again")).isInstanceOf(Conflict.class);
    }

    @Test
    void aDeclineNeedsAPlaceInTheQueueAndEndsTheEpisode() {
        assertThatThrownBy(() -> registered().decline("风险可控", "county", T0)).isInstanceOf(Conflict.class);
        MonitoredHousehold waiting = registered().signalled(T0, "SELF_REPORT", "s", List.of(RiskFactor.ILLNESS)).next();
        HouseholdChange declined = waiting.decline("经核实收入稳定", "county", T0.plusSeconds(3600));
        assertThat(declined.events()).isEmpty();
        assertThat(declined.next().pending()).isNull();
        assertThat(declined.next().firstSignalAt()).isNull();
        assertThat(declined.next().lastDecision().outcome()).isEqualTo(IdentificationDecision.Outcome.NOT_IDENTIFY);
    }

    @Test
    void afterAnEliminationANewRiskGoesToTheQueueAndItsDecisionIsAReidentification() {
        MonitoredHousehold monitored = registered().assessed(at(RiskLevel.HIGH, 80, RiskFactor.ILLNESS), "w", "w", T0)
                .next().identify(MonitoringType.SUDDEN_HARDSHIP, List.of(RiskFactor.ILLNESS), "county", T0, "d")
                .next();
        HouseholdChange eliminated = monitored.assessed(at(RiskLevel.LOW, 20), "v", "v", T0.plusSeconds(10)).next()
                .eliminate(T0.plusSeconds(20), "e");
        assertThat(eliminated.next().status()).isEqualTo(HouseholdStatus.RISK_CLEARED);
        assertThat(eliminated.next().assessment().level()).as("the assessment stays what it is")
                .isEqualTo(RiskLevel.LOW);
        assertThat(eliminated.events()).singleElement()
                .satisfies(e -> assertThat(e.change()).isEqualTo(MonitoringChange.ELIMINATED));

        HouseholdChange relapse = eliminated.next().assessed(at(RiskLevel.HIGH, 85, RiskFactor.ILLNESS), "income",
                "i", T0.plusSeconds(30));
        assertThat(relapse.events()).extracting(e -> e.change()).containsExactly(MonitoringChange.LEVEL_CHANGED);
        assertThat(relapse.next().status()).isEqualTo(HouseholdStatus.RISK_CLEARED);
        assertThat(relapse.next().pending()).isNotNull();

        HouseholdChange again = relapse.next().identify(MonitoringType.SUDDEN_HARDSHIP, List.of(RiskFactor.ILLNESS),
                "county", T0.plusSeconds(40), "d2");
        assertThat(again.events()).extracting(e -> e.change()).containsExactly(MonitoringChange.REIDENTIFIED);
    }

    @Test
    void onlyAMonitoredHouseholdHasItsRiskEliminated() {
        assertThatThrownBy(() -> registered().eliminate(T0, "e")).isInstanceOf(Conflict.class);
    }

    @Test
    void keepsTheLatestFourVisitsInPersonAndDatesContactsByEither() {
        MonitoredHousehold h = registered();
        for (int month = 1; month <= 6; month++) {
            h = h.visited(true, LocalDate.of(2026, month, 10)).next();
        }
        h = h.visited(false, LocalDate.of(2026, 7, 1)).next();
        assertThat(h.recentVisits()).containsExactly(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 5, 10),
                LocalDate.of(2026, 4, 10), LocalDate.of(2026, 3, 10));
        assertThat(h.lastVisit()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(h.lastContact()).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
