package cn.huiyin.monitoring.households.model;

import cn.huiyin.events.RiskFactor;

import java.util.Set;

/** The kinds of help in a one-household plan (一户一策) and the risk factors each one addresses. */
public enum MeasureType {
    INDUSTRY("产业帮扶", Set.of(RiskFactor.INCOME_DROP, RiskFactor.DISASTER)),
    EMPLOYMENT("就业帮扶", Set.of(RiskFactor.INCOME_DROP, RiskFactor.DISABILITY, RiskFactor.ACCIDENT)),
    MEDICAL("健康帮扶", Set.of(RiskFactor.ILLNESS, RiskFactor.HIGH_RIGID_EXPENDITURE)),
    EDUCATION("教育帮扶", Set.of(RiskFactor.SCHOOLING, RiskFactor.HIGH_RIGID_EXPENDITURE)),
    HOUSING("住房保障", Set.of(RiskFactor.UNSAFE_HOUSING, RiskFactor.DISASTER)),
    WATER("饮水安全", Set.of(RiskFactor.NO_SAFE_WATER)),
    MINIMUM_LIVING_ALLOWANCE("低保", Set.of(RiskFactor.INCOME_DROP, RiskFactor.DISABILITY, RiskFactor.ILLNESS,
            RiskFactor.HIGH_RIGID_EXPENDITURE)),
    TEMPORARY_RELIEF("临时救助", Set.of(RiskFactor.DISASTER, RiskFactor.ACCIDENT, RiskFactor.ILLNESS)),
    OTHER("其他", Set.of());

    private final String label;
    private final Set<RiskFactor> addresses;

    MeasureType(String label, Set<RiskFactor> addresses) {
        this.label = label;
        this.addresses = addresses;
    }

    public String label() {
        return label;
    }

    public Set<RiskFactor> addresses() {
        return addresses;
    }
}
