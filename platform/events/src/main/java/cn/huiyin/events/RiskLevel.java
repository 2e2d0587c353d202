package cn.huiyin.events;

/** How likely a household is to (re)fall into poverty (风险等级); NONE once the risk is eliminated. */
public enum RiskLevel implements Labelled {
    NONE("无风险"),
    LOW("低风险"),
    MEDIUM("中风险"),
    HIGH("高风险");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
