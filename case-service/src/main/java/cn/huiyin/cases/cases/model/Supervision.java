package cn.huiyin.cases.cases.model;

/**
 * How closely a case is watched: urges (催办/督办) counted, and for key cases (重点交办件) the
 * responsible leader and lead unit (领导包案).
 */
public record Supervision(int urges, boolean keyCase, String leader, String leadUnit) {

    public static final Supervision NONE = new Supervision(0, false, null, null);

    Supervision urged() {
        return new Supervision(urges + 1, keyCase, leader, leadUnit);
    }

    Supervision asKeyCase(String leader, String leadUnit) {
        return new Supervision(urges, true, leader, leadUnit);
    }
}
