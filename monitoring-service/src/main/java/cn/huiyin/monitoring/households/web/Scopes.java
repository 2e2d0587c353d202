package cn.huiyin.monitoring.households.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.monitoring.households.infrastructure.HouseholdDocument;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

/** The region filter shared by the household lists: a region within the client's regions. */
public final class Scopes {

    private Scopes() {
    }

    /** Households of a region (county, city or province by code prefix) within the client's regions. */
    public static Criteria of(String region, Client client, RegionAccess access, RegionRegistry regions,
            FieldErrors errors) {
        List<String> codes = new ArrayList<>();
        if (region != null) {
            Region r = regions.find(region).orElse(null);
            if (r == null) {
                errors.add("region", "is not a known administrative division");
                return new Criteria();
            }
            if (!access.mayActOn(client, r.code())) {
                throw ProblemException.notFound("region " + region);
            }
            codes.add(r.code());
        } else {
            client.regions().forEach(code -> regions.find(code).ifPresent(r -> codes.add(r.code())));
        }
        List<Criteria> any = new ArrayList<>();
        for (String code : codes) {
            any.add(code.length() >= 6 ? where(HouseholdDocument.path("countyCode")).is(code)
                    : where(HouseholdDocument.path("countyCode")).regex("^" + code));
            if (code.length() >= 9) {
                any.add(where(HouseholdDocument.path("regionCode")).regex("^" + code));
            }
        }
        return any.isEmpty() ? where("_id").is(null) : new Criteria().orOperator(any);
    }

}
