package cn.huiyin.monitoring.households.application;

import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.Role;

/**
 * Who decides a household's standing (seeds 002, 003): taking it into monitoring or not (纳入监测 / 不予纳入) and
 * eliminating its risk (风险消除) are the county's poverty-alleviation office's or a monitoring office's decisions,
 * within their regions — never a department's warning system or a token that holds the scopes without the role.
 */
public final class MonitoringDecisions {

    private MonitoringDecisions() {
    }

    /** Refuses the act unless the client holds a role that decides it; the regions are checked with the household. */
    public static void requireDecider(Client client, String act) {
        if (!client.holds(Role.COUNTY_OFFICE) && !client.holds(Role.MONITORING_OFFICE)) {
            throw new NotPermitted("only " + Role.COUNTY_OFFICE.label() + " (" + Role.COUNTY_OFFICE.claimValue()
                    + ") or " + Role.MONITORING_OFFICE.label() + " (" + Role.MONITORING_OFFICE.claimValue() + ") "
                    + act);
        }
    }
}
