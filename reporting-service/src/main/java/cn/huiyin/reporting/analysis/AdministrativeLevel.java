package cn.huiyin.reporting.analysis;

/**
 * The words the report uses for a level of the region hierarchy: a whole ("全省") and a group of
 * regions of the level ("市（州）"), as in "在全省9个市（州）中排第1位". Derived from the region's own
 * level, so the report does not need the parent's scope.
 */
enum AdministrativeLevel {
    COUNTRY("全国", "国家"),
    PROVINCE("全省", "省（区、市）"),
    CITY("全市", "市（州）"),
    COUNTY("全县", "县（市、区）"),
    TOWNSHIP("全乡镇", "乡镇（街道）");

    private final String whole;
    private final String group;

    AdministrativeLevel(String whole, String group) {
        this.whole = whole;
        this.group = group;
    }

    /** The level named in {@code Summary.Scope.level}; an unknown or missing one reads as the country. */
    static AdministrativeLevel of(String level) {
        for (AdministrativeLevel candidate : values()) {
            if (candidate.name().equals(level)) {
                return candidate;
            }
        }
        return COUNTRY;
    }

    /** "全省": this level as the whole its children belong to. */
    String whole() {
        return whole;
    }

    /** "市（州）": regions of this level, counted. */
    String group() {
        return group;
    }

    AdministrativeLevel parent() {
        return this == COUNTRY ? COUNTRY : values()[ordinal() - 1];
    }

    AdministrativeLevel child() {
        return this == TOWNSHIP ? TOWNSHIP : values()[ordinal() + 1];
    }
}
