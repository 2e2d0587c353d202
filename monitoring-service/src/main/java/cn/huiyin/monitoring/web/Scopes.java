package cn.huiyin.monitoring.web;

import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;

import java.util.ArrayList;
import java.util.List;

/** The region filter shared by the household lists: a region within the client's regions. */
public final class Scopes {

    private Scopes() {
    }

    /**
     * The region codes a list covers: the one asked for ({@code region}, which must be within the client's
     * regions), else every region of the client. Empty when the client has none, which matches nothing.
     */
    public static List<String> of(String region, Client client, RegionAccess access, RegionRegistry regions,
            FieldErrors errors) {
        List<String> codes = new ArrayList<>();
        if (region != null) {
            Region r = regions.find(region).orElse(null);
            if (r == null) {
                errors.add("region", "is not a known administrative division");
                return codes;
            }
            if (!access.mayActOn(client, r.code())) {
                throw ProblemException.notFound("region " + region);
            }
            codes.add(r.code());
        } else {
            client.regions().forEach(code -> regions.find(code).ifPresent(r -> codes.add(r.code())));
        }
        return codes;
    }
}
