package cn.huiyin.events;

/** A county department that leads or co-handles a case (责任部门). */
public enum Department implements Labelled {
    HOUSING_CONSTRUCTION("住房城乡建设"),
    ECOLOGICAL_MIGRATION("生态移民"),
    TRANSPORT("交通运输"),
    POWER_SUPPLY("供电"),
    WATER("水务"),
    CIVIL_AFFAIRS("民政"),
    AGRICULTURE("农业农村"),
    POVERTY_ALLEVIATION("扶贫(乡村振兴)"),
    EDUCATION("教育"),
    HUMAN_RESOURCES("人力资源社会保障"),
    MEDICAL_INSURANCE("医保"),
    NATURAL_RESOURCES("自然资源"),
    FORESTRY("林业"),
    PUBLIC_SECURITY("公安");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
