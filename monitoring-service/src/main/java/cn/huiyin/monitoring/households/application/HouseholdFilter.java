package cn.huiyin.monitoring.households.application;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.model.HouseholdStatus;

import java.util.List;

/**
 * Which households a list asks for, in the domain's terms. {@code regions} are administrative codes the client may
 * see (a province, city or county code covers the counties under it; a township or village code, the households
 * there); an empty list matches nothing. Null criteria do not filter.
 *
 * @param waiting true for households waiting in the identification queue only
 */
public record HouseholdFilter(List<String> regions, HouseholdStatus status, RiskLevel level, RiskFactor factor,
        String helper, boolean waiting) {

    public HouseholdFilter {
        regions = List.copyOf(regions);
    }

    public static HouseholdFilter in(List<String> regions) {
        return new HouseholdFilter(regions, null, null, null, null, false);
    }

    public HouseholdFilter withStatus(HouseholdStatus only) {
        return new HouseholdFilter(regions, only, level, factor, helper, waiting);
    }

    public HouseholdFilter waitingForIdentification() {
        return new HouseholdFilter(regions, status, level, factor, helper, true);
    }
}
