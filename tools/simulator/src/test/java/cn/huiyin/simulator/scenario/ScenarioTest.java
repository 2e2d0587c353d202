package cn.huiyin.simulator.scenario;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.regions.RegionRegistry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The generated half-year: 毕节市's seed figures as its backbone, the same plan for the same seed. */
class ScenarioTest {

    static final RegionRegistry REGIONS = RegionRegistry.loadDefault();
    static final LocalDate JUNE = LocalDate.of(2020, 6, 1);

    static List<CallPlan> bijieJanuaryToMay(Scenario scenario) {
        return scenario.calls().stream()
                .filter(call -> call.cityCode().equals(Scenario.BIJIE))
                .filter(call -> call.receivedAt().toLocalDate().isBefore(JUNE))
                .toList();
    }

    @Test
    void bijieJanuaryToMayHasTheSeedReportsCallsAndCasesByCounty() {
        List<CallPlan> bijie = bijieJanuaryToMay(Scenario.generate(REGIONS, 2020, 1.0, 1.0, "t"));

        assertThat(bijie).hasSize(781).allMatch(CallPlan::backbone);
        List<CallPlan> cases = bijie.stream().filter(CallPlan::transferable).toList();
        assertThat(cases).hasSize(127).allSatisfy(call -> assertThat(call.casePlan()).isNotNull());
        Map<String, Long> byCounty = cases.stream().collect(groupingBy(CallPlan::countyCode, counting()));
        assertThat(byCounty).containsEntry("520526", 30L).containsEntry("520502", 19L).containsEntry("520523", 17L)
                .containsEntry("520571", 1L);
        assertThat(cases.stream().filter(call -> call.casePlan().reported())
                .collect(groupingBy(call -> call.casePlan().reportedSatisfaction(), counting())))
                .containsEntry("SATISFIED", 107L);
    }

    @Test
    void theOtherCitiesCarryTheRestOfTheProvincesCallsAndAllDatesFallInTheHalfYear() {
        Scenario scenario = Scenario.generate(REGIONS, 2020, 1.0, 1.0, "t");

        long others = scenario.calls().stream()
                .filter(call -> !call.cityCode().equals(Scenario.BIJIE))
                .filter(call -> call.receivedAt().toLocalDate().isBefore(JUNE))
                .count();
        assertThat(others).isEqualTo(Scenario.OTHER_CITIES_CALLS);
        assertThat(scenario.calls()).allSatisfy(call -> assertThat(call.receivedAt().toLocalDate())
                .isBetween(Scenario.FROM, Scenario.TO));
        assertThat(scenario.calls()).extracting(CallPlan::externalId).doesNotHaveDuplicates();
    }

    @Test
    void plantsOneHousingSurgeInATownshipOfWeiningInJuneByTenDifferentCallers() {
        Scenario scenario = Scenario.generate(REGIONS, 2020, 0.1, 0.05, "t");

        List<CallPlan> surge = scenario.calls().stream()
                .filter(call -> call.countyCode().equals(Scenario.SURGE_COUNTY))
                .filter(call -> call.receivedAt().toLocalDate().isAfter(JUNE.plusDays(7))
                        && call.receivedAt().toLocalDate().isBefore(JUNE.plusDays(12)))
                .filter(call -> List.of("HOUSING_SECURITY").equals(call.categories()))
                .toList();
        assertThat(surge).hasSizeGreaterThanOrEqualTo(10);
        String township = surge.stream().collect(groupingBy(CallPlan::regionCode, counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(surge.stream().filter(call -> call.regionCode().equals(township)).map(call -> call.caller().phone())
                .distinct()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(township).startsWith(Scenario.SURGE_COUNTY).hasSize(9);
    }

    @Test
    void theSameSeedPlansTheSameHalfYearAndAnotherSeedAnotherOne() {
        Scenario once = Scenario.generate(REGIONS, 7, 0.5, 0.2, "t");
        Scenario again = Scenario.generate(REGIONS, 7, 0.5, 0.2, "t");
        Scenario other = Scenario.generate(REGIONS, 8, 0.5, 0.2, "t");

        assertThat(again.calls()).isEqualTo(once.calls());
        assertThat(again.households()).isEqualTo(once.households());
        assertThat(other.calls()).isNotEqualTo(once.calls());
    }
}
