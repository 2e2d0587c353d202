package cn.huiyin.events;

/** Whether the county found the complaint substantiated (是否属实). */
public enum Substantiation implements Labelled {
    YES("属实"),
    PARTLY("部分属实"),
    NO("不属实");

    private final String label;

    Substantiation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
