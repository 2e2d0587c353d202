package cn.huiyin.cases.deadlines.model;

import cn.huiyin.events.Category;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Sets a case's deadline (办理时限) from the configured {@link DeadlineRules}.
 *
 * <p><b>How many days.</b> A case gets the <em>shortest</em> per-category override among its categories, because
 * when two rules apply the stricter one wins; a case with no overridden category gets {@code defaultDays}
 * (categories without an override do not pull an overridden case back to the default). An urgent case gets
 * {@code min(urgentDays, that number)}: urgency never gives a case more time than its categories would.
 *
 * <p><b>Where the deadline falls.</b> A deadline of N days ends at the end of the N-th counted day after the start
 * day, in the hotline's zone; {@link Deadline#dueAt()} is therefore the start (00:00) of the following day. The
 * start day itself never counts. Counted days are calendar days, or with {@code workingDays} only working days
 * (Monday to Friday that are not holidays, plus 调休 extra workdays); see {@link WorkingCalendar}.
 *
 * <p><b>Due soon.</b> {@code dueSoonAt = start + dueSoonFraction × (dueAt − start)}, truncated to the second: the
 * fraction is of the elapsed (calendar) time, whatever days were counted.
 *
 * <p>Example, defaults: assigned 2020-03-05T10:00+08:00 → 25 days end with 2020-03-30, so
 * {@code dueAt = 2020-03-31T00:00+08:00}; 614 hours allowed, 80 % of them is 491 h 12 min, so
 * {@code dueSoonAt = 2020-03-25T21:12+08:00}.
 *
 * <p>A reopened case (review returned, citizen unsatisfied) gets a new deadline from the reopening time with the
 * same rules: call {@link #deadlineFor(Instant, Collection, boolean)} with the reopening instant as the start.
 */
public final class DeadlinePolicy {

    private final DeadlineRules rules;
    private final WorkingCalendar calendar;

    public DeadlinePolicy(DeadlineRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.calendar = WorkingCalendar.of(rules);
    }

    public DeadlineRules rules() {
        return rules;
    }

    /** The number of days a case with these categories and urgency gets (see the class comment). */
    public int daysFor(Collection<Category> categories, boolean urgent) {
        Objects.requireNonNull(categories, "categories");
        OptionalInt shortestOverride = categories.stream()
                .map(category -> rules.categoryDays().get(Objects.requireNonNull(category, "category")))
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .min();
        int days = shortestOverride.orElse(rules.defaultDays());
        return urgent ? Math.min(rules.urgentDays(), days) : days;
    }

    /** The deadline of a case assigned (or reopened) at {@code start}. */
    public Deadline deadlineFor(Instant start, Collection<Category> categories, boolean urgent) {
        return deadlineFor(start, daysFor(categories, urgent));
    }

    /**
     * The deadline after an explicit number of days, e.g. when a city sets the deadline by hand; the days are
     * counted as configured (calendar or working days).
     */
    public Deadline deadlineFor(Instant start, int days) {
        Objects.requireNonNull(start, "start");
        DeadlineRules.requireDays("a deadline", days);
        LocalDate startDay = LocalDate.ofInstant(start, rules.zone());
        LocalDate lastDay = calendar.countedDayAfter(startDay, days);
        Instant dueAt = lastDay.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        return deadlineAt(start, dueAt);
    }

    /** The deadline at an explicit instant, with the due-soon time the rules give it. */
    public Deadline deadlineAt(Instant start, Instant dueAt) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(dueAt, "dueAt");
        if (!dueAt.isAfter(start)) {
            throw new IllegalArgumentException("a deadline must be after its start, but " + dueAt
                    + " is not after " + start);
        }
        Instant dueSoonAt = start.plus(fractionOf(Duration.between(start, dueAt))).truncatedTo(ChronoUnit.SECONDS);
        // truncating can only step back past a start that has a fraction of a second
        return new Deadline(start, dueAt, dueSoonAt.isBefore(start) ? start : dueSoonAt);
    }

    // Decimal arithmetic: in binary floating point 0.7 × 100 s is 69.999… s, which truncation would turn into 69 s.
    private Duration fractionOf(Duration allowed) {
        BigDecimal seconds = BigDecimal.valueOf(allowed.getSeconds()).add(BigDecimal.valueOf(allowed.getNano(), 9));
        BigDecimal part = seconds.multiply(BigDecimal.valueOf(rules.dueSoonFraction()));
        BigDecimal wholeSeconds = part.setScale(0, RoundingMode.FLOOR);
        long nanos = part.subtract(wholeSeconds).movePointRight(9).setScale(0, RoundingMode.FLOOR).longValueExact();
        return Duration.ofSeconds(wholeSeconds.longValueExact(), nanos);
    }
}
