package cn.huiyin.events;

/** How a call reached the hotline (来电渠道). */
public enum Channel implements Labelled {
    PHONE("电话"),
    WEB("网站"),
    WECHAT("微信"),
    SMS("短信"),
    LETTER("信件"),
    VISIT("来访"),
    SELF_REPORT("一键报贫");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
