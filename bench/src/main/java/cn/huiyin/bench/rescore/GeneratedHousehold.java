package cn.huiyin.bench.rescore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A household as the register would hold it, in clear: what {@link StoredHouseholds} writes in
 * monitoring-service's stored shape and {@link HouseholdBodies} sends to its API.
 *
 * @param monitoringType null unless the status is MONITORED
 * @param identifiedAt   when it became a monitored household, or null
 * @param clearedAt      when its risk was eliminated, or null
 */
record GeneratedHousehold(String id, String regionCode, String countyCode, String headName, String headIdNumber,
        List<Person> members, String status, String monitoringType, List<Income> incomes, double medical,
        double schooling, String helperName, String helperUnit, boolean housingSafe, boolean waterSafe,
        Instant identifiedAt, Instant clearedAt) {

    /** @param illness NONE, CHRONIC or SERIOUS; schoolEnd null unless in school */
    record Person(int age, boolean ableToWork, boolean inSchool, LocalDate schoolEnd, boolean disability,
            String illness) {
    }

    record Income(int year, double perCapita, double wages, double production, double transfers, double property,
            LocalDate assessedOn) {
    }
}
