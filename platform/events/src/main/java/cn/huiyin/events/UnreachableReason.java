package cn.huiyin.events;

/** Why a callback did not reach the citizen (联系不上原因). */
public enum UnreachableReason implements Labelled {
    POWERED_OFF("关机"),
    NO_ANSWER("无人接听"),
    OUT_OF_SERVICE("停机"),
    WRONG_NUMBER("号码错误");

    private final String label;

    UnreachableReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
