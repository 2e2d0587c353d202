package cn.huiyin.cases.cases.model;

import java.util.Set;

/** The case's state does not allow the action: answered 409 with the current state. */
public class CaseStateConflict extends CaseConflict {

    private final CaseState current;

    public CaseStateConflict(String action, CaseState current, Set<CaseState> allowed) {
        super(action + " is not allowed while the case is " + current + " (" + current.label() + "); it needs "
                + allowed);
        this.current = current;
    }

    public CaseState current() {
        return current;
    }
}
