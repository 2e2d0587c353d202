package cn.huiyin.events;

/** The nature of the problem a verification found (问题性质); a case may have several. */
public enum Nature implements Labelled {
    POLICY_INELIGIBLE("不符合政策规定仍希望享受政策"),
    FUNDS_DELAYED("资金兑现不及时"),
    WORK_ERROR("工作失误(延误)"),
    POLICY_NOT_IMPLEMENTED("政策执行不到位"),
    OTHER("其他");

    private final String label;

    Nature(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
