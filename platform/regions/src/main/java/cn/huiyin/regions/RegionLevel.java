package cn.huiyin.regions;

/**
 * The five levels of the NBS statistical division code, each identified by the length of its
 * canonical code. Functional areas (功能区) are county-level units and use {@link #COUNTY}.
 */
public enum RegionLevel {
    PROVINCE(2),
    CITY(4),
    COUNTY(6),
    TOWNSHIP(9),
    VILLAGE(12);

    // values() clones its array on every call; code parsing is hot enough to avoid that.
    private static final RegionLevel[] LEVELS = values();

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    /** Number of digits of a canonical code at this level. */
    public int digits() {
        return digits;
    }

    /** The level whose canonical codes have {@code digits} digits, or {@code null} if none. */
    public static RegionLevel ofDigits(int digits) {
        for (RegionLevel level : LEVELS) {
            if (level.digits == digits) {
                return level;
            }
        }
        return null;
    }

    /** The level one step closer to the province, or {@code null} for {@link #PROVINCE}. */
    public RegionLevel parent() {
        return this == PROVINCE ? null : LEVELS[ordinal() - 1];
    }

    /** True when this level is strictly above {@code other} (closer to the province). */
    public boolean isAbove(RegionLevel other) {
        return ordinal() < other.ordinal();
    }
}
