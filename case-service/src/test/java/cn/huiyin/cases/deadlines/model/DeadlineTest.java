package cn.huiyin.cases.deadlines.model;

import static cn.huiyin.cases.deadlines.model.China2020.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The due-soon, overdue and late predicates at their boundaries. */
class DeadlineTest {

    private static final Instant START = beijing("2020-03-05T10:00");
    private static final Instant DUE_SOON = beijing("2020-03-25T21:12");
    private static final Instant DUE = beijing("2020-03-31T00:00");

    private final Deadline deadline = new Deadline(START, DUE, DUE_SOON);

    @Test
    void isNeitherDueSoonNorOverdueBeforeTheDueSoonTime() {
        Instant justBefore = DUE_SOON.minusNanos(1);

        assertThat(deadline.isDueSoonAt(justBefore)).isFalse();
        assertThat(deadline.isOverdueAt(justBefore)).isFalse();
        assertThat(deadline.isDueSoonAt(START)).isFalse();
    }

    @Test
    void isDueSoonFromTheDueSoonTimeUntilTheDeadline() {
        assertThat(deadline.isDueSoonAt(DUE_SOON)).isTrue();
        assertThat(deadline.isDueSoonAt(DUE.minusNanos(1))).isTrue();
        assertThat(deadline.isOverdueAt(DUE.minusNanos(1))).isFalse();
    }

    @Test
    void isOverdueAndNoLongerDueSoonFromTheDeadlineOn() {
        assertThat(deadline.isOverdueAt(DUE)).isTrue();
        assertThat(deadline.isDueSoonAt(DUE)).isFalse();
        assertThat(deadline.isOverdueAt(beijing("2020-04-15T09:00"))).isTrue();
    }

    @Test
    void aReportOnTheLastDayIsOnTimeAndOneAtMidnightIsLate() {
        assertThat(deadline.isLate(beijing("2020-03-30T23:59:59"))).isFalse();
        assertThat(deadline.isLate(DUE)).isTrue();
        assertThat(deadline.isLate(START)).isFalse();
    }

    @Test
    void refusesADeadlineNotAfterItsStartOrADueSoonTimeOutsideIt() {
        assertThatThrownBy(() -> new Deadline(START, START, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after its start");
        assertThatThrownBy(() -> new Deadline(START, DUE, DUE.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must lie between the start");
    }
}
