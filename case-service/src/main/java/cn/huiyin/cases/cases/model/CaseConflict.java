package cn.huiyin.cases.cases.model;

/** An action the case's rules do not allow now: answered 409 with the reason. */
public class CaseConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseConflict(String reason) {
        super(reason);
    }
}
