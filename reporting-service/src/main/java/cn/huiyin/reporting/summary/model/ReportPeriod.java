package cn.huiyin.reporting.summary.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's days, both ends included, cut into what the buckets hold: whole months are read from
 * month buckets, the days of a partly covered month from day buckets.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public boolean whole(YearMonth month) {
        return !month.atDay(1).isBefore(from) && !month.atEndOfMonth().isAfter(to);
    }

    /** The days of {@code month} inside the period. */
    public List<LocalDate> days(YearMonth month) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /**
     * The period just before, of the same length: the months before for a period of whole months (April for May,
     * the second half-year before for the first), else as many days before.
     */
    public ReportPeriod previous() {
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
            long months = months().size();
            return new ReportPeriod(from.minusMonths(months), from.minusDays(1));
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return new ReportPeriod(from.minusDays(days), from.minusDays(1));
    }

    /** The days of the first month before the period starts: a running total needs them too. */
    public List<LocalDate> daysBeforeInFirstMonth() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from.withDayOfMonth(1); day.isBefore(from); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
