package cn.huiyin.cases.routing;

import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.util.Optional;

/**
 * Where a case may be transferred: a county-level unit (counties and functional areas), never a
 * township or below — the rule reads 严禁转交乡镇及以下承办.
 */
public class TransferRules {

    public static final String NO_TOWNSHIPS = "严禁转交乡镇及以下承办";

    private final RegionRegistry regions;

    public TransferRules(RegionRegistry regions) {
        this.regions = regions;
    }

    /** The county-level unit to transfer to; 422 for a township or village, 400 for anything else wrong. */
    public Region target(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("county", "is required");
            return null;
        }
        Optional<Region> region = regions.find(code);
        if (region.isEmpty()) {
            errors.add("county", "is not a known administrative division");
            return null;
        }
        RegionLevel level = region.get().level();
        if (level == RegionLevel.TOWNSHIP || level == RegionLevel.VILLAGE) {
            throw ProblemException.unprocessable(NO_TOWNSHIPS + ": " + region.get().label()
                    + " is a " + level.name().toLowerCase() + "; transfer the case to its county-level unit "
                    + regions.countyOf(code).label());
        }
        if (level != RegionLevel.COUNTY) {
            errors.add("county", "must be a county-level unit, not a " + level.name().toLowerCase());
            return null;
        }
        return region.get();
    }
}
