package cn.huiyin.events;

/** Who chose a call's categories: the calling system, or intake's rules when it sent none. */
public enum ClassifiedBy implements Labelled {
    CALLER("来电系统分类"),
    RULES("规则自动分类");

    private final String label;

    ClassifiedBy(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
