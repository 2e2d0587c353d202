package cn.huiyin.reporting.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(List.of(LocalDate.of(2020, 10, 1),
            LocalDate.of(2020, 10, 2), LocalDate.of(2020, 10, 5)));

    @Test
    void theFirstWorkingDayOfJune2020IsMondayTheFirst() {
        assertThat(workingDays.firstOf(YearMonth.of(2020, 6))).isEqualTo(LocalDate.of(2020, 6, 1));
    }

    @Test
    void aMonthStartingOnASaturdayStartsWorkOnMonday() {
        assertThat(workingDays.firstOf(YearMonth.of(2020, 8))).isEqualTo(LocalDate.of(2020, 8, 3));
    }

    @Test
    void holidaysAreSkippedToo() {
        assertThat(workingDays.firstOf(YearMonth.of(2020, 10))).isEqualTo(LocalDate.of(2020, 10, 6));
    }

    @Test
    void thePreviousMonthIsDueFromTheFirstWorkingDayOn() {
        assertThat(workingDays.monthDue(LocalDate.of(2020, 8, 1))).isEqualTo(YearMonth.of(2020, 6));
        assertThat(workingDays.monthDue(LocalDate.of(2020, 8, 2))).isEqualTo(YearMonth.of(2020, 6));
        assertThat(workingDays.monthDue(LocalDate.of(2020, 8, 3))).isEqualTo(YearMonth.of(2020, 7));
        assertThat(workingDays.monthDue(LocalDate.of(2020, 8, 20))).isEqualTo(YearMonth.of(2020, 7));
        assertThat(workingDays.monthDue(LocalDate.of(2021, 1, 4))).isEqualTo(YearMonth.of(2020, 12));
    }
}
