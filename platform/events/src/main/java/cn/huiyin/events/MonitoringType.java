package cn.huiyin.events;

/** The kind of monitored household (监测对象类别). */
public enum MonitoringType implements Labelled {
    UNSTABLE_ALLEVIATED("脱贫不稳定户"),
    EDGE_OF_POVERTY("边缘易致贫户"),
    SUDDEN_HARDSHIP("突发严重困难户");

    private final String label;

    MonitoringType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
