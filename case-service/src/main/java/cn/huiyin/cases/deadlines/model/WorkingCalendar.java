package cn.huiyin.cases.deadlines.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which days count towards a deadline: every calendar day, or only working days (Monday to Friday that are not
 * public holidays, plus the weekend days made working days by 调休).
 */
public final class WorkingCalendar {

    private static final WorkingCalendar EVERY_DAY = new WorkingCalendar(true, Set.of(), Set.of());

    private final boolean everyDayCounts;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkdays;

    private WorkingCalendar(boolean everyDayCounts, Set<LocalDate> holidays, Set<LocalDate> extraWorkdays) {
        this.everyDayCounts = everyDayCounts;
        this.holidays = Set.copyOf(holidays);
        this.extraWorkdays = Set.copyOf(extraWorkdays);
    }

    /** Calendar days: every day counts, holidays included. */
    public static WorkingCalendar everyDay() {
        return EVERY_DAY;
    }

    /** Working days: weekdays that are not {@code holidays}, plus the weekend days in {@code extraWorkdays}. */
    public static WorkingCalendar workingDays(Set<LocalDate> holidays, Set<LocalDate> extraWorkdays) {
        return new WorkingCalendar(false, holidays, extraWorkdays);
    }

    /** The calendar the rules ask for. */
    static WorkingCalendar of(DeadlineRules rules) {
        return rules.workingDays() ? workingDays(rules.holidays(), rules.extraWorkdays()) : everyDay();
    }

    /** Whether {@code day} counts towards a deadline. */
    public boolean counts(LocalDate day) {
        if (everyDayCounts || extraWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        boolean weekend = dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /**
     * The {@code days}-th counted day after {@code from}; {@code from} itself never counts, as the day a case
     * arrives is not a full day of work.
     */
    public LocalDate countedDayAfter(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative but was " + days);
        }
        if (everyDayCounts) {
            return from.plusDays(days);
        }
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (counts(day)) {
                counted++;
            }
        }
        return day;
    }
}
