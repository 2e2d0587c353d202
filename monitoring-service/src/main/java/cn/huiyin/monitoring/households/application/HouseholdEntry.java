package cn.huiyin.monitoring.households.application;

import cn.huiyin.events.MonitoringType;
import cn.huiyin.monitoring.households.model.Helper;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.Member;
import cn.huiyin.monitoring.households.model.RigidExpenditure;
import cn.huiyin.monitoring.households.model.YearlyIncome;
import cn.huiyin.privacy.CallerName;
import cn.huiyin.privacy.ResidentId;
import cn.huiyin.regions.Region;

import java.util.List;

/**
 * The register's facts of a household as checked, ready for {@link HouseholdRegister}.
 *
 * @param status NORMAL or ALLEVIATED, or null to keep the household's; monitoring standing is set by the acts only
 */
public record HouseholdEntry(Region region, CallerName headName, ResidentId headId, List<Member> members,
        HouseholdStatus status, MonitoringType monitoringType, List<YearlyIncome> incomes,
        RigidExpenditure expenditure, Helper helper, boolean housingSafe, boolean waterSafe) {
}
