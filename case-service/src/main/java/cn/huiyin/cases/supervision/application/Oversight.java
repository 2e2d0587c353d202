package cn.huiyin.cases.supervision.application;

import static cn.huiyin.chassis.security.Role.CITY_OFFICE;
import static cn.huiyin.chassis.security.Role.HOTLINE_SUPERVISOR;
import static cn.huiyin.chassis.security.Role.LEADER;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Role;
import cn.huiyin.regions.RegionLevel;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who stands above a county in the hotline's organisation (seed 001, DESIGN.md section 8), by the roles and regions
 * of the token: the province hotline centre's supervisors (its intake desk transfers a call once, when it takes it)
 * and the city office whose city holds the county. Only they transfer a
 * case again (within their area), review a county's report (市级核查: the city office alone), urge it (督办) and name
 * a leader for it (领导包案); a county acting on its own case can see it but not supervise itself. A region of the
 * token counts only if it covers every county involved and the role is held at that level: a token for 威宁 and
 * 贵阳市 does not move a 威宁 case to 南明区, for 贵阳市 is not over 威宁; a county office's token naming 毕节市 is
 * still a county office.
 */
public final class Oversight {

    /** The supervisory acts on a case and who may do them, at the province and at the city over the county. */
    enum Act {
        TRANSFER("transfer the case again", Set.of(HOTLINE_SUPERVISOR), Set.of(CITY_OFFICE)),
        REVIEW("review the county's report", Set.of(), Set.of(CITY_OFFICE)),
        URGE("urge the county on its case", Set.of(HOTLINE_SUPERVISOR, LEADER), Set.of(CITY_OFFICE, LEADER)),
        KEY_CASE("make it a key case with a responsible leader", Set.of(HOTLINE_SUPERVISOR, LEADER),
                Set.of(CITY_OFFICE, LEADER));

        private final String description;
        private final Set<Role> province;
        private final Set<Role> city;

        Act(String description, Set<Role> province, Set<Role> city) {
            this.description = description;
            this.province = province;
            this.city = city;
        }

        /** e.g. "the province's 省热线中心督办 (hotline-supervisor) or …, or the … of the city over 520526". */
        private String who(String counties) {
            String atTheProvince = names(province);
            String atTheCity = names(city);
            return (atTheProvince.isEmpty() ? "" : "the province's " + atTheProvince + ", or ")
                    + "the " + atTheCity + " of the city over " + counties;
        }

        private static String names(Set<Role> roles) {
            return roles.stream().sorted().map(role -> role.label() + " (" + role.claimValue() + ")")
                    .collect(Collectors.joining(" or "));
        }
    }

    private final RegionAccess access;

    public Oversight(RegionAccess access) {
        this.access = access;
    }

    /** Whether the client may do {@code act} over every one of {@code counties} (none: anywhere at all). */
    boolean may(Client client, Act act, String... counties) {
        return act.province.stream().anyMatch(role -> access.actsAbove(client, role, RegionLevel.PROVINCE, counties))
                || act.city.stream().anyMatch(role -> access.actsAbove(client, role, RegionLevel.CITY, counties));
    }

    /** Not permitted, naming the act and who may do it, unless the client is over the case's county and the others. */
    void require(Client client, Act act, Case c, String... moreCounties) {
        String[] counties = Stream.concat(Stream.of(c.countyCode()), Stream.of(moreCounties)).toArray(String[]::new);
        if (!may(client, act, counties)) {
            throw new NotPermitted("only " + act.who(String.join(" and ", counties)) + " may " + act.description);
        }
    }

    /** The report is reviewed by the city office over the county, never by whoever made it. */
    void requireReviewer(Client client, Case c) {
        require(client, Act.REVIEW, c);
        if (c.verification() != null && client.subject().equals(c.verification().verifiedBy())) {
            throw new NotPermitted("a report is reviewed by the city, not by the client that made it");
        }
    }
}
