package cn.huiyin.cases.cases.web;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * Who stands above a county in the hotline's organisation (seed 001): the province, and the city whose area holds
 * the county. Only they transfer a case again (within their area), review a county's report (市级核查), urge it
 * (督办) and name a leader for it (领导包案); a county acting on its own case can see it but not supervise itself.
 * A region of the token counts only if it covers every county involved: a token for 威宁 and 贵阳市 does not
 * move a 威宁 case to 南明区, for 贵阳市 is not over 威宁.
 */
final class Oversight {

    private final RegionRegistry regions;

    Oversight(RegionRegistry regions) {
        this.regions = regions;
    }

    /** The client's city or province region over all of {@code counties}, if it has one. */
    Optional<Region> over(Client client, String... counties) {
        return client.regions().stream().map(regions::find).flatMap(Optional::stream)
                .filter(region -> region.level() == RegionLevel.CITY || region.level() == RegionLevel.PROVINCE)
                .filter(region -> Arrays.stream(counties).allMatch(county -> regions.covers(region.code(), county)))
                .findFirst();
    }

    /** 403 naming the act unless the client is over the case's county (and the other counties given). */
    void require(Client client, String act, Case c, String... moreCounties) {
        String[] counties = new String[moreCounties.length + 1];
        counties[0] = c.countyCode();
        System.arraycopy(moreCounties, 0, counties, 1, moreCounties.length);
        if (over(client, counties).isEmpty()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Forbidden", "only the province or the city over "
                    + String.join(" and ", counties) + " may " + act);
        }
    }

    /** The report is reviewed by a superior, never by whoever made it. */
    void requireReviewer(Client client, Case c) {
        require(client, "review the county's report", c);
        if (c.verification() != null && client.subject().equals(c.verification().verifiedBy())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Forbidden",
                    "a report is reviewed by the city, not by the client that made it");
        }
    }
}
