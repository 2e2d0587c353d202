package cn.huiyin.events;

/** How close a case is to its deadline when supervisors are alerted (催办/督办). */
public enum OverdueStage implements Labelled {
    DUE_SOON("即将到期"),
    OVERDUE("已超期");

    private final String label;

    OverdueStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
