package cn.huiyin.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Households of the register the departments and the monitoring office work on: most get a
 * department warning (医保, 残联, 应急管理, 人社) or report themselves (一键报贫), some nothing; every
 * third one with a warning is then worked until the office asks to eliminate its risk.
 */
final class Households {

    private static final String[] KINDS = {"MEDICAL_INSURANCE", "DISABLED_PERSONS_FEDERATION",
            "EMERGENCY_MANAGEMENT", "HUMAN_RESOURCES", null, null};
    private static final double[] AMOUNTS = {18_000, 0, 30_000, 2_500};

    private Households() {
    }

    static List<HouseholdPlan> plans(Random random, Scenario.Places places, Scenario.Ids ids, String city, int count) {
        List<HouseholdPlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String county = places.anyCounty(random, city).code();
            String kind = KINDS[i % KINDS.length];
            boolean selfReport = kind == null && i % KINDS.length == 4;
            // the seeded draw keeps the scenario's calls the same for a seed; the head is a person of this run, so
            // that a second replay against the same data registers new households instead of other heads' twins
            People.residentId(random, county);
            plans.add(new HouseholdPlan(ids.household(), places.township(random, county), county, People.name(random),
                    People.residentId(ids.people(), county), kind, kind == null ? null : AMOUNTS[i % KINDS.length],
                    selfReport ? "ILLNESS,SCHOOLING" : null, kind != null && i % 3 == 0));
        }
        return plans;
    }
}
