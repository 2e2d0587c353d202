package cn.huiyin.events;

/** What happened to a household in return-to-poverty monitoring (防返贫监测), as published from v2 on. */
public enum MonitoringChange implements Labelled {
    /** The county decided to take the household into monitoring (纳入监测), naming its type and reasons. */
    IDENTIFIED("纳入监测"),
    /** A household whose risk had been eliminated is taken in again (返贫/再次纳入). */
    REIDENTIFIED("再次纳入监测"),
    /** The assessed level moved; the household's standing in monitoring did not. */
    LEVEL_CHANGED("风险等级变化"),
    /** The risk was eliminated (风险消除) once no clearing rule blocked it. */
    ELIMINATED("风险消除");

    private final String label;

    MonitoringChange(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the change takes the household into monitoring. */
    public boolean identifies() {
        return this == IDENTIFIED || this == REIDENTIFIED;
    }
}
