package cn.huiyin.simulator.scenario;

/**
 * A household of the register and what happens to it: a department warning (kind) or a self-report
 * (factors), or nothing; and whether the monitoring office then works to clear its risk.
 */
public record HouseholdPlan(String householdId, String regionCode, String countyCode, String headName,
        String headIdNumber, String warningKind, Double warningAmount, String selfReportFactors, boolean clear) {

    @Override
    public String toString() {
        return "HouseholdPlan[" + householdId + "]";
    }
}
