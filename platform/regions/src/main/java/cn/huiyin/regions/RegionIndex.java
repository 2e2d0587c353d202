package cn.huiyin.regions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the registry's immutable lookup tables from the official divisions and the functional
 * areas, validating both: every inconsistency fails the load, because a registry that silently
 * dropped or misplaced a township would route hotline cases to the wrong county.
 */
final class RegionIndex {

    private static final String AREAS = FunctionalAreasReader.SOURCE;

    /** Code → region, and code → children sorted by code. Both immutable. */
    record Tables(Map<String, Region> regions, Map<String, List<Region>> children, List<Region> all) {
    }

    private final Map<String, Region> regions = new TreeMap<>();

    private RegionIndex() {
    }

    static Tables build(Map<String, String> divisions, List<FunctionalAreasReader.Declaration> areas) {
        RegionIndex index = new RegionIndex();
        divisions.forEach(index::addDivision);
        index.checkParentsExist();
        Map<String, String> claimedBy = new HashMap<>();
        for (FunctionalAreasReader.Declaration area : areas) {
            index.addFunctionalArea(area, claimedBy);
        }
        return index.tables();
    }

    private void addDivision(String code, String name) {
        RegionLevel level = RegionCode.levelOf(code);
        boolean functional = RegionCode.isStatisticalFunctionalArea(code);
        regions.put(code, new Region(code, name, level, RegionCode.prefixParent(code), functional));
    }

    // The generator already guarantees this for the bundled file; callers may pass other data.
    private void checkParentsExist() {
        for (Region region : regions.values()) {
            if (region.parentCode() != null && !regions.containsKey(region.parentCode())) {
                throw new IllegalArgumentException("division " + region.label()
                        + " has no parent " + region.parentCode() + " in the division data");
            }
        }
    }

    private void addFunctionalArea(FunctionalAreasReader.Declaration area, Map<String, String> claimedBy) {
        String where = AREAS + " line " + area.line() + ": area " + area.code() + " " + area.name();
        Region city = regions.get(area.cityCode());
        if (city == null || city.level() != RegionLevel.CITY) {
            throw new IllegalArgumentException(where + ": parent city " + area.cityCode() + " does not exist");
        }
        // Keeps cityOf/provinceOf derivable from the code, as for every official county.
        if (!area.code().startsWith(city.code())) {
            throw new IllegalArgumentException(where + ": code must start with its city code " + city.code());
        }
        Region existing = regions.get(area.code());
        if (existing != null && !existing.name().equals(area.name())) {
            // An official unit with the same name is reused; a different one is a code clash.
            throw new IllegalArgumentException(where + ": code collides with official " + existing.label());
        }
        regions.put(area.code(), new Region(area.code(), area.name(), RegionLevel.COUNTY, city.code(), true));
        area.townships().forEach((code, name) -> moveTownship(where, area.code(), code, name, claimedBy));
    }

    private void moveTownship(String where, String areaCode, String code, String name, Map<String, String> claimedBy) {
        Region township = regions.get(code);
        if (township == null || township.level() != RegionLevel.TOWNSHIP) {
            throw new IllegalArgumentException(where + ": township " + code + " " + name + " does not exist");
        }
        if (!township.name().equals(name)) {
            throw new IllegalArgumentException(where + ": township " + code + " is " + township.name()
                    + " in the division data, not " + name);
        }
        if (!code.startsWith(areaCode.substring(0, RegionLevel.CITY.digits()))) {
            throw new IllegalArgumentException(where + ": township " + township.label() + " is in another city");
        }
        String previous = claimedBy.putIfAbsent(code, areaCode);
        if (previous != null) {
            throw new IllegalArgumentException(where + ": township " + township.label()
                    + " already belongs to functional area " + previous);
        }
        regions.put(code, township.withParent(areaCode));
    }

    private Tables tables() {
        Map<String, List<Region>> children = new HashMap<>();
        for (Region region : regions.values()) {
            if (region.parentCode() != null) {
                children.computeIfAbsent(region.parentCode(), key -> new ArrayList<>()).add(region);
            }
        }
        Map<String, List<Region>> frozen = new HashMap<>();
        children.forEach((parent, list) -> {
            list.sort(Comparator.comparing(Region::code));
            frozen.put(parent, List.copyOf(list));
        });
        return new Tables(Map.copyOf(regions), Map.copyOf(frozen), List.copyOf(regions.values()));
    }
}
