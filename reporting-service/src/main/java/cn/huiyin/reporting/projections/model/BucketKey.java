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
