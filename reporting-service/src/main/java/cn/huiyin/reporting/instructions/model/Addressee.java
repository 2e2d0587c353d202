package cn.huiyin.reporting.instructions.model;

/**
 * Who an instruction asks to act: a county (its code) or a department ({@code cn.huiyin.events.Department}'s name),
 * with its label in Chinese (威宁自治县, 住房城乡建设).
 */
public record Addressee(Kind kind, String code, String label) {

    public enum Kind {
        COUNTY, DEPARTMENT
    }

    public static Addressee county(String code, String name) {
        return new Addressee(Kind.COUNTY, code, name);
    }

    public static Addressee department(String code, String label) {
        return new Addressee(Kind.DEPARTMENT, code, label);
    }
}
