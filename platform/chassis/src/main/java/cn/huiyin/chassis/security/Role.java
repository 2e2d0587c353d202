package cn.huiyin.chassis.security;

import static cn.huiyin.chassis.security.Scopes.CALLBACKS_WRITE;
import static cn.huiyin.chassis.security.Scopes.CALLS_WRITE;
import static cn.huiyin.chassis.security.Scopes.CASES_READ;
import static cn.huiyin.chassis.security.Scopes.CASES_WRITE;
import static cn.huiyin.chassis.security.Scopes.HOUSEHOLDS_READ;
import static cn.huiyin.chassis.security.Scopes.HOUSEHOLDS_WRITE;
import static cn.huiyin.chassis.security.Scopes.REPORTS_READ;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Who a client is in the hotline's organisation (DESIGN.md section 8, seeds 001 and 003), carried in the token's
 * {@code roles} claim beside its {@code regions}. A role grants the scopes its work needs, so a token may name roles
 * instead of scopes; the acts that belong to a level above the county — re-transfer, review (市级核查), urges (督办),
 * 领导包案, rescoring — are allowed by role and region where their rules live, never by a scope alone.
 * {@code contact:read} (full contact details, audited) is never implied: it is granted by scope only.
 */
public enum Role {

    /** 省扶贫专线受理: takes calls and transfers cases to the responsible county. */
    HOTLINE_INTAKE("hotline-intake", "省热线中心受理", CALLS_WRITE, CASES_READ),
    /** 省扶贫专线回访: calls citizens back and records their satisfaction. */
    HOTLINE_CALLBACK("hotline-callback", "省热线中心回访", CASES_READ, CALLBACKS_WRITE),
    /** 省扶贫专线督办: supervises counties' handling province-wide — re-transfer, urges, 领导包案. */
    HOTLINE_SUPERVISOR("hotline-supervisor", "省热线中心督办", CASES_READ, CASES_WRITE, REPORTS_READ),
    /** 市（州）扶贫办: reviews its counties' reports (市级核查), re-transfers and urges within its city. */
    CITY_OFFICE("city-office", "市（州）扶贫办", CASES_READ, CASES_WRITE, HOUSEHOLDS_READ, HOUSEHOLDS_WRITE,
            REPORTS_READ),
    /** 县（市、区）扶贫办: investigates and reports its own county's cases, monitors its households. */
    COUNTY_OFFICE("county-office", "县（市、区）扶贫办", CASES_READ, CASES_WRITE, HOUSEHOLDS_READ, HOUSEHOLDS_WRITE),
    /** 行业部门: sends warnings of households at risk (civil affairs, health, education …). */
    DEPARTMENT("department", "行业部门", HOUSEHOLDS_WRITE),
    /** 防返贫监测办: identifies, helps and clears monitored households; rescoring when at the province. */
    MONITORING_OFFICE("monitoring-office", "防返贫监测办", HOUSEHOLDS_READ, HOUSEHOLDS_WRITE, REPORTS_READ),
    /** 领导: reads the reports, takes cases (领导包案) and urges them at its level. */
    LEADER("leader", "领导", CASES_READ, CASES_WRITE, REPORTS_READ);

    public static final String CLAIM = "roles";

    private final String claimValue;
    private final String label;
    private final Set<String> scopes;

    Role(String claimValue, String label, String... scopes) {
        this.claimValue = claimValue;
        this.label = label;
        this.scopes = Set.of(scopes);
    }

    /** The value in the token's {@code roles} claim, e.g. {@code city-office}. */
    public String claimValue() {
        return claimValue;
    }

    /** The role in the seeds' words, for answers and audit. */
    public String label() {
        return label;
    }

    /** The scopes this role's work needs. */
    public Set<String> scopes() {
        return scopes;
    }

    public static Optional<Role> ofClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue.equals(value)).findFirst();
    }
}
