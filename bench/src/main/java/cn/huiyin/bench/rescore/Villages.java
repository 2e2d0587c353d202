package cn.huiyin.bench.rescore;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Village codes under Guizhou (52) that monitoring-service accepts: a real township of the registry
 * and a village number in the 2xx range NBS gives villages (1xx are urban neighbourhoods).
 */
final class Villages {

    private static final int VILLAGES_PER_TOWNSHIP = 20;

    private final RegionRegistry regions;
    private final List<Region> townships;

    Villages(RegionRegistry regions) {
        this.regions = regions;
        this.townships = regions.all().stream()
                .filter(region -> region.level() == RegionLevel.TOWNSHIP && region.code().startsWith("52"))
                .toList();
        if (townships.isEmpty()) {
            throw new IllegalStateException("the region registry has no township under 52");
        }
    }

    /** A 12-digit village code, resolved by the registry like the service resolves it. */
    String any(SplittableRandom random) {
        Region township = townships.get(random.nextInt(townships.size()));
        String village = township.code() + (201 + random.nextInt(VILLAGES_PER_TOWNSHIP));
        return regions.resolve(village).code();
    }

    String countyOf(String village) {
        return regions.countyOf(village).code();
    }

    /** The unit a helper works for: the township government (乡镇人民政府) of the village. */
    String helperUnit(String village) {
        return regions.resolve(village.substring(0, 9)).name() + "人民政府";
    }

    int townships() {
        return townships.size();
    }
}
