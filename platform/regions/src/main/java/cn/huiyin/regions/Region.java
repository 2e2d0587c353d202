package cn.huiyin.regions;

import java.util.Objects;

/**
 * One division, functional area or village, identified by its canonical code (2, 4, 6, 9 or 12
 * digits; see {@link RegionCode}).
 *
 * @param code           canonical code, e.g. {@code "52"}, {@code "5205"}, {@code "520526"}
 * @param name           name as published (Chinese); {@code null} for villages, which the
 *                       registry accepts by code only and does not list
 * @param level          level, always consistent with the code length
 * @param parentCode     code of the parent, {@code null} for provinces; for a township
 *                       administered by a functional area this is the functional area
 * @param functionalArea true for county-level functional areas (功能区): those configured
 *                       locally and the development zones the NBS data codes in the 71–80 range
 */
public record Region(String code, String name, RegionLevel level, String parentCode, boolean functionalArea) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        if (code.length() != level.digits()) {
            throw new IllegalArgumentException(code + " is not a " + level + " code");
        }
        if ((parentCode == null) != (level == RegionLevel.PROVINCE)) {
            throw new IllegalArgumentException(code + ": only provinces have no parent");
        }
        if (name == null && level != RegionLevel.VILLAGE) {
            throw new IllegalArgumentException(code + ": only villages may have no name");
        }
    }

    /** {@code "520526 威宁彝族回族苗族自治县"}, or just the code for a village; for messages and logs. */
    public String label() {
        return name == null ? code : code + " " + name;
    }

    /** Copy of this region attached to another parent (used for functional-area townships). */
    Region withParent(String newParentCode) {
        return new Region(code, name, level, newParentCode, functionalArea);
    }
}
