package cn.huiyin.reporting.seed;

import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.events.RiskChange;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 毕节市's household monitoring over the period: four households identified in November 2019,
 * twenty-four in the period (three of them later than fifteen days after the first signal), six
 * risks cleared in the period (two of the older ones among them), and one level change.
 */
public final class BijieHouseholds {

    /** What the report must say of households for the period. */
    public record Truth(int identified, int cleared, int monitored, double clearingRate, int identifiedLate,
            Map<RiskFactor, Integer> byRiskFactor) {
    }

    private static final List<List<RiskFactor>> FACTORS = List.of(List.of(RiskFactor.ILLNESS, RiskFactor.SCHOOLING),
            List.of(RiskFactor.UNSAFE_HOUSING), List.of(RiskFactor.DISABILITY),
            List.of(RiskFactor.INCOME_DROP, RiskFactor.ILLNESS));

    private BijieHouseholds() {
    }

    static Truth generate(BijieEvents out, RegionRegistry regions) {
        List<Region> counties = regions.children(SeedFigures.CITY);
        Map<RiskFactor, Integer> factors = new EnumMap<>(RiskFactor.class);
        for (int i = 0; i < 4; i++) {
            identified(out, regions, counties.get(i), "hh-2019-" + i, FACTORS.get(i), LocalDate.of(2019, 11, 10 + i), 5);
        }
        int late = 0;
        for (int i = 0; i < 24; i++) {
            List<RiskFactor> these = FACTORS.get(i % FACTORS.size());
            these.forEach(f -> factors.merge(f, 1, Integer::sum));
            int signalDaysBefore = i % 8 == 3 ? 20 : 5;
            late += signalDaysBefore > 15 ? 1 : 0;
            identified(out, regions, counties.get(i % counties.size()), "hh-2020-" + i, these,
                    LocalDate.of(2020, 1 + i % 5, 1 + i), signalDaysBefore);
        }
        cleared(out, regions, counties.get(0), "hh-2019-0", LocalDate.of(2020, 2, 14));
        cleared(out, regions, counties.get(1), "hh-2019-1", LocalDate.of(2020, 3, 14));
        for (int i = 0; i < 4; i++) {
            cleared(out, regions, counties.get(i % counties.size()), "hh-2020-" + i, LocalDate.of(2020, 5, 20 + i));
        }
        Region county = counties.get(5);
        Instant at = BijieEvents.at(LocalDate.of(2020, 4, 9), 11);
        out.publish(new HouseholdRiskChanged("hh-2020-5", RiskChange.LEVEL_CHANGED, township(regions, county),
                county.code(), RiskLevel.HIGH, RiskLevel.MEDIUM, 55, List.of(RiskFactor.ILLNESS), null,
                new HouseholdRiskChanged.Trigger("visit", null), at), "hh-2020-5", at);
        return new Truth(24, 6, 28 - 6, 6.0 / 28, late, factors);
    }

    private static void identified(BijieEvents out, RegionRegistry regions, Region county, String id,
            List<RiskFactor> factors, LocalDate day, int signalDaysBefore) {
        Instant at = BijieEvents.at(day, 15);
        out.publish(new HouseholdRiskChanged(id, RiskChange.RISK_IDENTIFIED, township(regions, county), county.code(),
                RiskLevel.NONE, RiskLevel.HIGH, 72, factors, null, new HouseholdRiskChanged.Trigger("case-verified", null),
                at, at.minus(Duration.ofDays(signalDaysBefore))), id, at);
    }

    private static void cleared(BijieEvents out, RegionRegistry regions, Region county, String id, LocalDate day) {
        Instant at = BijieEvents.at(day, 16);
        out.publish(new HouseholdRiskChanged(id, RiskChange.RISK_CLEARED, township(regions, county), county.code(),
                RiskLevel.MEDIUM, RiskLevel.NONE, 10, List.of(), null,
                new HouseholdRiskChanged.Trigger("risk-elimination", null), at), id, at);
    }

    private static String township(RegionRegistry regions, Region county) {
        return regions.children(county.code()).get(0).code();
    }
}
