package cn.huiyin.events;

/** A cause of return-to-poverty risk (致贫返贫风险因素). */
public enum RiskFactor implements Labelled {
    ILLNESS("因病"),
    SCHOOLING("因学"),
    DISABILITY("因残"),
    DISASTER("因灾"),
    ACCIDENT("因意外事故"),
    INCOME_DROP("收入骤减"),
    UNSAFE_HOUSING("住房不安全"),
    NO_SAFE_WATER("饮水不安全"),
    HIGH_RIGID_EXPENDITURE("刚性支出过大");

    private final String label;

    RiskFactor(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
