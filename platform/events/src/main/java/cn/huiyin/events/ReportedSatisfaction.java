package cn.huiyin.events;

/** The satisfaction the county reports the citizen expressed (上报满意度), as opposed to the callback result. */
public enum ReportedSatisfaction implements Labelled {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    ReportedSatisfaction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
