package cn.huiyin.reporting.projections.model;

/** Where a case stands, as far as the events tell: enough for the ledger, not case-service's full state machine. */
public enum CaseState {
    TRANSFERRED("已转办"),
    VERIFIED("已核查"),
    REOPENED("重新办理"),
    CLOSED("已办结");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
