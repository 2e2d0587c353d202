package cn.huiyin.events;

/** The outcome of one callback attempt by the hotline (回访结果). */
public enum CallbackResult implements Labelled {
    SATISFIED("满意"),
    UNSATISFIED("不满意"),
    UNREACHABLE("联系不上");

    private final String label;

    CallbackResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
