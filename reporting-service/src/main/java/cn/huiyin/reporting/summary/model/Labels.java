package cn.huiyin.reporting.summary.model;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;

/** Names of regions as the report prints them; a code the registry does not know prints as itself. */
final class Labels {

    private final RegionRegistry regions;

    Labels(RegionRegistry regions) {
        this.regions = regions;
    }

    String region(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
