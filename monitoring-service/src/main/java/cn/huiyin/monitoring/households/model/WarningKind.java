package cn.huiyin.monitoring.households.model;

import cn.huiyin.events.RiskFactor;

/** The department warnings (行业部门预警) and the risk each one points at. */
public enum WarningKind {
    /** 医保: high out-of-pocket medical costs; the amount is the yuan paid. */
    MEDICAL_INSURANCE(RiskFactor.ILLNESS),
    /** 教育: a child enrolled (or dropped out); the fact says which. */
    EDUCATION(RiskFactor.SCHOOLING),
    /** 民政: an accident, a death, loss of a provider. */
    CIVIL_AFFAIRS(RiskFactor.ACCIDENT),
    /** 残联: a disability certified. */
    DISABLED_PERSONS_FEDERATION(RiskFactor.DISABILITY),
    /** 应急管理: a disaster hit the household; the amount is the estimated loss. */
    EMERGENCY_MANAGEMENT(RiskFactor.DISASTER),
    /** 人社: job loss; the amount is the monthly income lost. */
    HUMAN_RESOURCES(RiskFactor.INCOME_DROP);

    private final RiskFactor pointsAt;

    WarningKind(RiskFactor pointsAt) {
        this.pointsAt = pointsAt;
    }

    public RiskFactor pointsAt() {
        return pointsAt;
    }
}
