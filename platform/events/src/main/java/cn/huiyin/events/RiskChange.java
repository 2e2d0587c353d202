package cn.huiyin.events;

/** What happened to a household's risk. */
public enum RiskChange implements Labelled {
    RISK_IDENTIFIED("识别风险"),
    LEVEL_CHANGED("风险等级变化"),
    RISK_CLEARED("风险消除");

    private final String label;

    RiskChange(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
