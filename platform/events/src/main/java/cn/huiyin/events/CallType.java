package cn.huiyin.events;

/** What the caller wants (来电类型); appeals and complaints become transferred cases. */
public enum CallType implements Labelled {
    CONSULTATION("政策咨询"),
    SUGGESTION("建议"),
    APPEAL("诉求"),
    COMPLAINT("投诉举报"),
    PRAISE("表扬");

    private final String label;

    CallType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
