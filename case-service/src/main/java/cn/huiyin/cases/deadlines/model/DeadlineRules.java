package cn.huiyin.cases.deadlines.model;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.Category;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The configured rules for deadlines (办理时限). Invalid rules are rejected here, when the service starts, rather
 * than when the first case is assigned.
 *
 * @param defaultDays days a case gets when nothing else applies (25)
 * @param categoryDays per-category overrides; categories not listed use {@code defaultDays}
 * @param urgentDays days an urgent case gets (5), unless a category gives even fewer
 * @param workingDays {@code true} to count working days only, {@code false} to count calendar days
 * @param holidays public holidays; only used when counting working days
 * @param extraWorkdays weekend days that are working days (调休); only used when counting working days
 * @param dueSoonFraction share of the allowed time after which a case is due soon (0.8)
 * @param zone the hotline's time zone, in which days begin and end
 */
public record DeadlineRules(
        int defaultDays,
        Map<Category, Integer> categoryDays,
        int urgentDays,
        boolean workingDays,
        Set<LocalDate> holidays,
        Set<LocalDate> extraWorkdays,
        double dueSoonFraction,
        ZoneId zone) {

    /** A deadline longer than a year is almost certainly a typo in the configuration or in a city's request. */
    public static final int MAX_DAYS = 366;

    public static final int DEFAULT_DAYS = 25;
    public static final int DEFAULT_URGENT_DAYS = 5;
    public static final double DEFAULT_DUE_SOON_FRACTION = 0.8;
    public static final ZoneId DEFAULT_ZONE = HotlineTime.ZONE;

    public DeadlineRules {
        requireDays("defaultDays", defaultDays);
        requireDays("urgentDays", urgentDays);
        categoryDays = copyOfCategoryDays(categoryDays);
        if (!(dueSoonFraction > 0 && dueSoonFraction < 1)) {
            throw new IllegalArgumentException(
                    "dueSoonFraction must be between 0 and 1 (both exclusive) but was " + dueSoonFraction);
        }
        holidays = Set.copyOf(Objects.requireNonNullElse(holidays, Set.of()));
        extraWorkdays = Set.copyOf(Objects.requireNonNullElse(extraWorkdays, Set.of()));
        for (LocalDate extraWorkday : extraWorkdays) {
            requireNoConflict(extraWorkday, holidays);
        }
        Objects.requireNonNull(zone, "zone must be given, e.g. Asia/Shanghai");
    }

    /** 25 calendar days, urgent 5, due soon at 80 %, no overrides, in Asia/Shanghai. */
    public static DeadlineRules defaults() {
        return new DeadlineRules(DEFAULT_DAYS, Map.of(), DEFAULT_URGENT_DAYS, false, Set.of(), Set.of(),
                DEFAULT_DUE_SOON_FRACTION, DEFAULT_ZONE);
    }

    /** These rules, counting working days with the given holidays and 调休 working days. */
    public DeadlineRules withWorkingDays(Set<LocalDate> holidays, Set<LocalDate> extraWorkdays) {
        return new DeadlineRules(defaultDays, categoryDays, urgentDays, true, holidays, extraWorkdays,
                dueSoonFraction, zone);
    }

    /** These rules with other per-category overrides. */
    public DeadlineRules withCategoryDays(Map<Category, Integer> categoryDays) {
        return new DeadlineRules(defaultDays, categoryDays, urgentDays, workingDays, holidays, extraWorkdays,
                dueSoonFraction, zone);
    }

    private static Map<Category, Integer> copyOfCategoryDays(Map<Category, Integer> categoryDays) {
        if (categoryDays == null) {
            return Map.of();
        }
        categoryDays.forEach((category, days) -> {
            Objects.requireNonNull(category, "categoryDays must not contain a null category");
            requireDays("categoryDays for " + category, days);
        });
        return Map.copyOf(categoryDays);
    }

    static void requireDays(String what, Integer days) {
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    what + " must be between 1 and " + MAX_DAYS + " days but was " + days);
        }
    }

    private static void requireNoConflict(LocalDate extraWorkday, Set<LocalDate> holidays) {
        if (holidays.contains(extraWorkday)) {
            throw new IllegalArgumentException(
                    extraWorkday + " is both a holiday and an extra workday; it can only be one of them");
        }
        DayOfWeek dayOfWeek = extraWorkday.getDayOfWeek();
        if (dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY) {
            // 调休 only ever moves a weekend day; a weekday here is a mistyped date
            throw new IllegalArgumentException("extra workday " + extraWorkday + " is a " + dayOfWeek
                    + "; only a Saturday or a Sunday can be made a working day");
        }
    }
}
