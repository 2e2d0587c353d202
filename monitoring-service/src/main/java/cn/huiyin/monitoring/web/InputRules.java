package cn.huiyin.monitoring.web;

import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.privacy.FreeText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Bounds shared by every body of monitoring-service: sums of money are finite yuan within a sane
 * ceiling, dates are real calendar days of this era, and texts have a length limit.
 */
public final class InputRules {

    /** No household income, expenditure or loss comes near a hundred million yuan. */
    public static final double MAX_YUAN = 100_000_000;
    /** Records of the register do not reach back before this day. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** Plans and deadlines do not reach beyond this day. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final int NAME_LENGTH = 50;
    public static final int SHORT_TEXT_LENGTH = 200;
    public static final int TEXT_LENGTH = 2000;

    private InputRules() {
    }

    /**
     * A sum of yuan: null when absent; finite, not negative and at most {@link #MAX_YUAN}, else
     * recorded against {@code field} and answered as null.
     */
    public static Double yuan(String field, Double value, FieldErrors errors) {
        if (value == null) {
            return null;
        }
        if (value.isNaN() || value.isInfinite() || value < 0 || value > MAX_YUAN) {
            errors.add(field, "must be a number of yuan from 0 to " + (long) MAX_YUAN);
            return null;
        }
        return value;
    }

    /** A text of at most {@code max} characters; null when absent or blank, stripped otherwise. */
    public static String text(String field, String value, int max, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            errors.add(field, "must be at most " + max + " characters");
            return null;
        }
        return value.strip();
    }

    /**
     * A free text a person wrote (a signal's fact, a self-report, a visit note, a measure): as {@link #text}, with
     * phone, ID and bank card numbers masked before it is stored or published ({@link FreeText}).
     */
    public static String freeText(String field, String value, int max, FieldErrors errors) {
        return FreeText.mask(text(field, value, max, errors));
    }

    /** A required text of at most {@code max} characters. */
    public static String requiredText(String field, String value, int max, FieldErrors errors) {
        errors.require(field, value);
        return text(field, value, max, errors);
    }

    /** A calendar day from {@link #EARLIEST} to {@code latest}; null when absent. */
    public static LocalDate date(String field, String value, LocalDate latest, String example, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date such as " + example);
            return null;
        }
        if (day.isBefore(EARLIEST)) {
            errors.add(field, "must not be before " + EARLIEST);
            return null;
        }
        if (day.isAfter(latest)) {
            errors.add(field, latest.equals(LATEST) ? "must not be after " + LATEST : "must not be in the future");
            return null;
        }
        return day;
    }

    /** A sender's identifier (a batch id, a row key): letters, digits and {@code . _ : / -}, as systems write them. */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z0-9._:/-]{1,100}");

    public static String identifier(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        if (!IDENTIFIER.matcher(value).matches()) {
            errors.add(field, "must be 1-100 letters, digits, '.', '_', ':', '/' or '-'");
            return null;
        }
        return value;
    }
}
