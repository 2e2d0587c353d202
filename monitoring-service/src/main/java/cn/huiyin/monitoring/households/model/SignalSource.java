package cn.huiyin.monitoring.households.model;

/** Where a sign of hardship came from. */
public enum SignalSource {
    /** A call whose caller is a registered household, about a hardship category. */
    CALL,
    /** A county's verification report: household at risk, or a substantiated hardship. */
    VERIFICATION,
    /** An unsatisfied callback on such a case. */
    CALLBACK,
    /** 一键报贫: the household reported itself. */
    SELF_REPORT,
    /** 行业部门预警: a department's warning. */
    DEPARTMENT_WARNING
}
