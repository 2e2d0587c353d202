package cn.huiyin.reporting.instructions.model;

/** Where an instruction's follow-up stands (批示件办理情况). */
public enum InstructionState {
    /** Some addressee has not answered, and the deadline has not passed. */
    OPEN("办理中"),
    /** Every addressee has answered. */
    DONE("已办结"),
    /** The deadline has passed with an addressee that has not answered. */
    OVERDUE("已超期");

    private final String label;

    InstructionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
