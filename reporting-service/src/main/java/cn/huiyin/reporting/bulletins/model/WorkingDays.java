package cn.huiyin.reporting.bulletins.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;

/** Monday to Friday, except the configured public holidays (节假日), in Beijing days. */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    public LocalDate firstOf(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The month whose bulletins are due on {@code today}: the previous month once this month's first working day
     * has come (so a service that was down on that day catches up on its next run), else the one before it.
     */
    public YearMonth monthDue(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return today.isBefore(firstOf(current)) ? current.minusMonths(2) : current.minusMonths(1);
    }
}
