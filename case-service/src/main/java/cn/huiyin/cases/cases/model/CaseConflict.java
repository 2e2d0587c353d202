package cn.huiyin.cases.cases.model;

import cn.huiyin.chassis.errors.Conflict;

/** An action the case's rules do not allow now: answered 409 with the reason. */
public class CaseConflict extends Conflict {

    private static final long serialVersionUID = 1L;

    public CaseConflict(String reason) {
        super(reason);
    }
}
