package cn.huiyin.reporting.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the report prints fractions and averages: one decimal, rounded half-up as the seed report
 * does by hand ("23.6%"), and a dash where there is nothing to compute (no case, no callback), so
 * that an empty period never prints NaN or divides by zero.
 */
final class Percent {

    static final String NONE = "—";

    private Percent() {
    }

    /** 0.23622 → "23.6%". */
    static String of(double fraction) {
        return Double.isFinite(fraction) ? oneDecimal(exact(fraction).movePointRight(2)) + "%" : NONE;
    }

    static String of(Double fraction) {
        return fraction == null ? NONE : of(fraction.doubleValue());
    }

    /** A fraction of a whole that may be zero: the dash rather than 0/0. */
    static String of(int part, int whole) {
        return whole == 0 ? NONE : of((double) part / whole);
    }

    /** 12.345 → "12.3"; null or not finite → the dash. */
    static String decimal(Double value) {
        return value == null || !Double.isFinite(value) ? NONE : oneDecimal(exact(value));
    }

    /** Percentage points between two fractions, unsigned: 0.8425 and 0.7795 → "6.3". */
    static String pointsBetween(double a, double b) {
        return oneDecimal(exact(a).subtract(exact(b)).abs().movePointRight(2));
    }

    // the shortest decimal form of the double, so that 0.0445 is 4.45% and rounds to 4.5%, not 4.4%
    private static BigDecimal exact(double value) {
        return new BigDecimal(Double.toString(value));
    }

    private static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
