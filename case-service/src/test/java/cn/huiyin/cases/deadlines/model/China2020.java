package cn.huiyin.cases.deadlines.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** Test data: the 2020 public holidays and 调休 working days of the State Council calendar, and Beijing time. */
public final class China2020 {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public static final Set<LocalDate> HOLIDAYS = Set.copyOf(union(
            range("2020-01-01", "2020-01-01"), // 元旦
            range("2020-01-24", "2020-02-02"), // 春节, extended that year
            range("2020-04-04", "2020-04-06"), // 清明
            range("2020-05-01", "2020-05-05"), // 劳动节
            range("2020-06-25", "2020-06-27"), // 端午
            range("2020-10-01", "2020-10-08"))); // 国庆 and 中秋

    public static final Set<LocalDate> EXTRA_WORKDAYS = Set.of(
            LocalDate.parse("2020-01-19"), LocalDate.parse("2020-04-26"), LocalDate.parse("2020-05-09"),
            LocalDate.parse("2020-06-28"), LocalDate.parse("2020-09-27"), LocalDate.parse("2020-10-10"));

    private China2020() {
    }

    /** The default rules, counting working days of 2020. */
    public static DeadlineRules workingDayRules() {
        return DeadlineRules.defaults().withWorkingDays(HOLIDAYS, EXTRA_WORKDAYS);
    }

    /** An instant given in Beijing time, e.g. {@code "2020-03-05T10:00"}. */
    public static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static Set<LocalDate> range(String first, String last) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1)).forEach(days::add);
        return days;
    }

    @SafeVarargs
    private static Set<LocalDate> union(Set<LocalDate>... sets) {
        Set<LocalDate> all = new HashSet<>();
        Stream.of(sets).forEach(all::addAll);
        return all;
    }
}
