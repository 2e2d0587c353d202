package cn.huiyin.reporting.projections.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A county's day: the unit in which entries are kept, rolled up into the county's month. */
public record BucketKey(String countyCode, LocalDate day) {

    public BucketKey {
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(day, "day");
    }

    public static String dayId(String countyCode, LocalDate day) {
        return countyCode + "|" + day;
    }

    public static String monthId(String countyCode, YearMonth month) {
        return countyCode + "|" + month;
    }

    /** The county of a day's or a month's id. */
    public static String countyOf(String bucketId) {
        return bucketId.substring(0, bucketId.indexOf('|'));
    }

    /** The day ({@code 2020-01-05}) or month ({@code 2020-01}) of a bucket id. */
    public static String periodOf(String bucketId) {
        return bucketId.substring(bucketId.indexOf('|') + 1);
    }

    public static boolean isDayId(String bucketId) {
        return periodOf(bucketId).length() == 10;
    }

    public String id() {
        return dayId(countyCode, day);
    }

    public YearMonth month() {
        return YearMonth.from(day);
    }

    public String monthId() {
        return monthId(countyCode, month());
    }
}
