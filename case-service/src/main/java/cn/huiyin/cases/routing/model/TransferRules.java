package cn.huiyin.cases.routing.model;

import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.RuleViolation;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.util.List;
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

    /**
     * The county-level unit to transfer to; a township or village breaks the rule (422), anything else wrong with
     * {@code code} is added to {@code errors} (named {@code county}, answered 400 with the request's other fields).
     */
    public Region target(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("county", "is required"));
            return null;
        }
        Optional<Region> region = regions.find(code);
        if (region.isEmpty()) {
            errors.add(new FieldError("county", "is not a known administrative division"));
            return null;
        }
        RegionLevel level = region.get().level();
        if (level == RegionLevel.TOWNSHIP || level == RegionLevel.VILLAGE) {
            throw new RuleViolation(NO_TOWNSHIPS + ": " + region.get().label()
                    + " is a " + level.name().toLowerCase() + "; transfer the case to its county-level unit "
                    + regions.countyOf(code).label());
        }
        if (level != RegionLevel.COUNTY) {
            errors.add(new FieldError("county", "must be a county-level unit, not a " + level.name().toLowerCase()));
            return null;
        }
        return region.get();
    }
}
