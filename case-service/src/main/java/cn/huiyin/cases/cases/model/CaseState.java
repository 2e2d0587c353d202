package cn.huiyin.cases.cases.model;

/**
 * Where a case stands (DESIGN.md section 6). VERIFIED is passed through on the way to review or to
 * the callback desk; RETURNED and REOPENED are not states of their own but transitions back to
 * INVESTIGATING, kept in the timeline.
 */
public enum CaseState {
    RECEIVED("已受理"),
    ASSIGNED("已转办"),
    INVESTIGATING("核查中"),
    VERIFIED("已核查"),
    REVIEW_PENDING("待审核"),
    CALLBACK_PENDING("待回访"),
    CLOSED("已办结");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A county still owes its report: the deadline runs. */
    public boolean awaitsReport() {
        return this == ASSIGNED || this == INVESTIGATING;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
