package cn.huiyin.cases.deadlines.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a case's investigation report is due (办理时限).
 *
 * <p>{@code dueAt} is exclusive: it is the first instant that is too late (the start of the day after the last
 * allowed day), so "overdue at t" and "late if reported at t" agree at every instant. {@code dueSoonAt} is when the
 * case starts to be reported as due soon (临期), e.g. after 80 % of the allowed time.
 *
 * @param start when the clock started: the assignment (转办) or the reopening of the case
 * @param dueAt the first instant at which the case is overdue
 * @param dueSoonAt the first instant at which the case is due soon; between {@code start} and {@code dueAt}
 */
public record Deadline(Instant start, Instant dueAt, Instant dueSoonAt) {

    public Deadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(dueSoonAt, "dueSoonAt");
        if (!dueAt.isAfter(start)) {
            throw new IllegalArgumentException("a deadline must be after its start, but " + dueAt
                    + " is not after " + start);
        }
        if (dueSoonAt.isBefore(start) || dueSoonAt.isAfter(dueAt)) {
            throw new IllegalArgumentException("due-soon time " + dueSoonAt + " must lie between the start "
                    + start + " and the deadline " + dueAt);
        }
    }

    /** Whether the allowed time has run out at {@code now} (from {@code dueAt} on, inclusive). */
    public boolean isOverdueAt(Instant now) {
        return !now.isBefore(dueAt);
    }

    /**
     * Whether the case is due soon but not yet overdue at {@code now}: the two states exclude each other so that a
     * scheduler can move a case from one to the next and mark each once.
     */
    public boolean isDueSoonAt(Instant now) {
        return !now.isBefore(dueSoonAt) && now.isBefore(dueAt);
    }

    /** Whether a report made at {@code reportedAt} is a late report (迟报): made at or after {@code dueAt}. */
    public boolean isLate(Instant reportedAt) {
        return isOverdueAt(reportedAt);
    }

    /** The time the county was given, from the start to the deadline. */
    public Duration allowed() {
        return Duration.between(start, dueAt);
    }
}
