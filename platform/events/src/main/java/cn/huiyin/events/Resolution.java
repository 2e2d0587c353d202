package cn.huiyin.events;

/** What the county did about the case (办理结果). */
public enum Resolution implements Labelled {
    RESOLVED("已解决"),
    EXPLAINED("已解释"),
    IN_PROGRESS("正在办理");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
