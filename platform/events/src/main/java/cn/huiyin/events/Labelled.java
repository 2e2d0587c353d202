package cn.huiyin.events;

/**
 * A closed vocabulary whose codes travel in events and whose Chinese labels appear in reports
 * and screens, so that every service prints the same words for the same code.
 */
public interface Labelled {

    /** The code as it appears on the wire, e.g. {@code HOUSING_SECURITY}. */
    String name();

    /** The Chinese label, e.g. 住房保障. */
    String label();
}
