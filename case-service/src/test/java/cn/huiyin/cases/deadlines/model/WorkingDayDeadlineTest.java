package cn.huiyin.cases.deadlines.model;

import static cn.huiyin.cases.deadlines.model.China2020.beijing;
import static cn.huiyin.events.Category.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deadlines counted in working days with the 2020 calendar. */
class WorkingDayDeadlineTest {

    private final DeadlinePolicy policy = new DeadlinePolicy(China2020.workingDayRules());

    @Test
    void skipsWeekends() {
        // Wednesday 4 March: Thu, Fri, Mon, Tue, Wed
        Deadline deadline = policy.deadlineFor(beijing("2020-03-04T10:00"), 5);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-03-12T00:00"));
    }

    @Test
    void aCaseArrivingOnASaturdayStartsCountingOnMonday() {
        Deadline deadline = policy.deadlineFor(beijing("2020-03-07T10:00"), 1);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-03-10T00:00"));
    }

    @Test
    void skipsTheExtendedSpringFestival() {
        // Monday 20 January: 21-23 January are days 1-3, 24 January to 2 February is 春节, 3 March is day 25
        Deadline deadline = policy.deadlineFor(beijing("2020-01-20T10:00"), List.of(OTHER), false);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-03-04T00:00"));
    }

    @Test
    void countsTheWeekendDaysMadeWorkingDays() {
        // Friday 17 January, urgent: Sunday 19 January (调休) is day 1, Thursday 23 January day 5
        Deadline deadline = policy.deadlineFor(beijing("2020-01-17T10:00"), List.of(OTHER), true);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-01-24T00:00"));
    }

    @Test
    void withoutTheWeekendWorkdayTheUrgentCaseRunsPastTheFestival() {
        DeadlinePolicy noExtraWorkdays = new DeadlinePolicy(
                DeadlineRules.defaults().withWorkingDays(China2020.HOLIDAYS, Set.of()));

        Deadline deadline = noExtraWorkdays.deadlineFor(beijing("2020-01-17T10:00"), List.of(OTHER), true);

        // 20-23 January are days 1-4, Monday 3 February day 5
        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-02-04T00:00"));
    }

    @Test
    void theNationalDayWeekCountsOnlyItsWorkingSaturdays() {
        // Fri 25 September: Sun 27 (调休), Mon 28, Tue 29, Wed 30, 1-8 October off, Fri 9, Sat 10 (调休)
        Deadline deadline = policy.deadlineFor(beijing("2020-09-25T10:00"), 6);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-10-11T00:00"));
    }

    @Test
    void calendarDaysIgnoreTheHolidayList() {
        DeadlineRules calendarDays = new DeadlineRules(25, null, 5, false, China2020.HOLIDAYS,
                China2020.EXTRA_WORKDAYS, 0.8, China2020.BEIJING);

        Deadline deadline = new DeadlinePolicy(calendarDays).deadlineFor(beijing("2020-01-20T10:00"), 25);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-02-15T00:00"));
    }

    @Test
    void dueSoonIsAShareOfTheElapsedTimeNotOfTheWorkingDays() {
        Deadline deadline = policy.deadlineFor(beijing("2020-03-04T10:00"), 5);

        // 7 days 14 hours allowed = 182 h; 80 % is 145 h 36 min
        assertThat(deadline.dueSoonAt()).isEqualTo(beijing("2020-03-10T11:36"));
    }

    @Test
    void theCalendarKnowsWhichDaysCount() {
        WorkingCalendar calendar = WorkingCalendar.workingDays(China2020.HOLIDAYS, China2020.EXTRA_WORKDAYS);

        assertThat(calendar.counts(LocalDate.parse("2020-01-23"))).as("Thursday").isTrue();
        assertThat(calendar.counts(LocalDate.parse("2020-01-24"))).as("除夕").isFalse();
        assertThat(calendar.counts(LocalDate.parse("2020-03-07"))).as("Saturday").isFalse();
        assertThat(calendar.counts(LocalDate.parse("2020-05-09"))).as("调休 Saturday").isTrue();
        assertThat(WorkingCalendar.everyDay().counts(LocalDate.parse("2020-01-24"))).isTrue();
        assertThat(calendar.countedDayAfter(LocalDate.parse("2020-03-04"), 0)).isEqualTo("2020-03-04");
    }
}
