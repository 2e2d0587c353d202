package cn.huiyin.events;

/** The matter a call is about (事项分类); a case may carry several. */
public enum Category implements Labelled {
    HOUSING_SECURITY("住房保障"),
    RELOCATION("易地扶贫搬迁"),
    INFRASTRUCTURE("基础设施建设"),
    DRINKING_WATER("饮水安全"),
    SOCIAL_SECURITY("社会保障"),
    INDUSTRY("产业扶贫"),
    ELIGIBILITY("扶贫对象认定"),
    EDUCATION("教育扶贫"),
    EMPLOYMENT("就业创业"),
    MEDICAL_ASSISTANCE("医疗救助"),
    FINANCE("金融扶贫"),
    LAND_ACQUISITION("征地拆迁"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
