package cn.huiyin.reporting.summary.model;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;

/** Names of regions as the report prints them; a code the registry does not know prints as itself. */
public final class Labels {

    private final RegionRegistry regions;

    public Labels(RegionRegistry regions) {
        this.regions = regions;
    }

    public String region(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }

    /**
     * A township with its county, as the seed report names them (金沙县后山乡, not 后山乡): township names repeat
     * across counties, and a reader of a city's report must know where each is.
     */
    public String township(String code) {
        return regions.find(code).map(township -> regions.countyOf(code).name() + township.name()).orElse(code);
    }
}
