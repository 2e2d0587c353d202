package cn.huiyin.intake.calls.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the operator reads to the caller: {@code HY520526-20200305-000123} — the responsible
 * county, the hotline's day and that county's sequence number of the day. Sorting the strings
 * sorts by county, then day, then arrival.
 */
public record TrackingNumber(String countyCode, LocalDate day, long sequence) {

    /** The last number a county can give on one day. */
    public static final long MAX_SEQUENCE = 999_999;

    private static final Pattern FORMAT = Pattern.compile("HY(\\d{6})-(\\d{8})-(\\d{6,})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public TrackingNumber {
        Objects.requireNonNull(day, "day");
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("county code must have 6 digits: " + countyCode);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence must be 1..999999 but was " + sequence);
        }
    }

    /** The counter that numbers one county's calls of one day. */
    public static String counterOf(String countyCode, LocalDate day) {
        return "HY" + countyCode + "-" + DAY.format(day);
    }

    public static TrackingNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a tracking number: " + text);
        }
        return new TrackingNumber(m.group(1), LocalDate.parse(m.group(2), DAY), Long.parseLong(m.group(3)));
    }

    @Override
    public String toString() {
        return counterOf(countyCode, day) + "-" + String.format("%06d", sequence);
    }
}
