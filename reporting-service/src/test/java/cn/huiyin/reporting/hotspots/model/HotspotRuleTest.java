package cn.huiyin.reporting.hotspots.model;

import static cn.huiyin.reporting.hotspots.HotspotCalls.aHousingCall;
import static cn.huiyin.reporting.hotspots.HotspotCalls.aSurge;
import static cn.huiyin.reporting.hotspots.HotspotCalls.aWeeklyCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Category;
import cn.huiyin.events.HotspotDetected;
import cn.huiyin.reporting.hotspots.HotspotCalls;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HotspotRuleTest {

    static final HotspotRule RULE = new HotspotRule(7, 8, 0.001, 5, 3, 0.25);
    static final Place CAOHAI = new Place(HotspotCalls.CAOHAI, HotspotCalls.WEINING);
    static final LocalDate SURGE = LocalDate.of(2020, 3, 10);
    static final Instant NOW = Instant.parse("2020-03-12T08:00:00Z");

    @Test
    void aSurgeOfTwelveHousingCallsByEightCallersOverAWeeklyBaselineIsAHotspot() {
        List<CaseReceived> calls = new ArrayList<>(aWeeklyCall("b", SURGE, 8));
        calls.addAll(aSurge("s", SURGE));
        LocalDate lastDay = SURGE.plusDays(2);

        Optional<HotspotDetected> hotspot = judge(calls, lastDay);

        assertThat(hotspot).hasValueSatisfying(detected -> {
            assertThat(detected.hotspotId()).isEqualTo("520526100:HOUSING_SECURITY:2020-03-06");
            assertThat(detected.regionCode()).isEqualTo("520526100");
            assertThat(detected.countyCode()).isEqualTo("520526");
            assertThat(detected.category()).isEqualTo(Category.HOUSING_SECURITY);
            assertThat(detected.observed()).isEqualTo(12);
            assertThat(detected.distinctCallers()).isEqualTo(8);
            assertThat(detected.baseline()).isCloseTo(1.0, within(1e-9));
            assertThat(detected.probability()).isLessThan(1e-7);
            assertThat(detected.windowStart()).isEqualTo(Instant.parse("2020-03-05T16:00:00Z"));
            assertThat(detected.windowEnd()).isEqualTo(Instant.parse("2020-03-12T16:00:00Z"));
        });
    }

    @Test
    void aSteadyStreamOfCallsIsNeverAHotspot() {
        // two calls a week, every week for half a year, by different callers: judged on every day
        List<CaseReceived> calls = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int day = 0; day < 182; day++) {
            if (day % 7 == 1 || day % 7 == 4) {
                calls.add(aHousingCall("steady-" + day, start.plusDays(day), 0, "caller-" + day));
            }
        }
        for (int day = 0; day < 182; day++) {
            assertThat(judge(calls, start.plusDays(day))).as("day " + day).isEmpty();
        }
    }

    @Test
    void manyCallsFromTooFewCallersAreNoHotspot() {
        List<CaseReceived> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(aHousingCall("few-" + i, SURGE, i, "caller-" + (i % 2)));
        }

        assertThat(judge(calls, SURGE)).isEmpty();
    }

    @Test
    void fewerCallsThanTheMinimumAreNoHotspotEvenInAQuietPlace() {
        List<CaseReceived> calls = List.of(aHousingCall("q1", SURGE, 0, "a"), aHousingCall("q2", SURGE, 1, "b"),
                aHousingCall("q3", SURGE, 2, "c"), aHousingCall("q4", SURGE, 3, "d"));

        assertThat(judge(calls, SURGE)).isEmpty();
    }

    @Test
    void thePoissonTailIsTheChanceOfACountAtLeastThatHigh() {
        assertThat(PoissonTail.probabilityAtLeast(0, 2.0)).isEqualTo(1.0);
        assertThat(PoissonTail.probabilityAtLeast(1, 2.0)).isCloseTo(1 - Math.exp(-2), within(1e-12));
        assertThat(PoissonTail.probabilityAtLeast(3, 1.0)).isCloseTo(1 - Math.exp(-1) * 2.5, within(1e-12));
        assertThat(PoissonTail.probabilityAtLeast(12, 1.0)).isCloseTo(8.3161e-10, within(1e-14));
        assertThat(PoissonTail.probabilityAtLeast(5, 0.0)).isZero();
    }

    @Test
    void aBatchIsTalliedPerTownshipVillageCategoryAndBeijingDay() {
        CaseReceived late = aHousingCall("late", SURGE, 14 * 60 + 30, "a"); // 00:30 the next day in Beijing
        List<DayTally> tallies = DayTallies.of(List.of(aHousingCall("one", SURGE, 0, "a"),
                aHousingCall("two", SURGE, 5, "a"), late));

        assertThat(tallies).extracting(DayTally::id, DayTally::calls).containsExactly(
                org.assertj.core.groups.Tuple.tuple("520526100:HOUSING_SECURITY:2020-03-10", 2),
                org.assertj.core.groups.Tuple.tuple("520526100:HOUSING_SECURITY:2020-03-11", 1));
        assertThat(tallies.get(0).callers()).containsExactly("a");
    }

    private static Optional<HotspotDetected> judge(List<CaseReceived> calls, LocalDate day) {
        return RULE.judge(CAOHAI, Category.HOUSING_SECURITY, day, DayTallies.of(calls), NOW);
    }
}
