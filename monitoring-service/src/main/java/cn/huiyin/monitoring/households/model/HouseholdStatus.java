package cn.huiyin.monitoring.households.model;

/** Where a household stands in return-to-poverty monitoring. */
public enum HouseholdStatus {
    NORMAL("一般农户"),
    ALLEVIATED("脱贫户"),
    MONITORED("监测对象"),
    RISK_CLEARED("风险已消除");

    private final String label;

    HouseholdStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
