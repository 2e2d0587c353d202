package cn.huiyin.cases.deadlines.model;

import static cn.huiyin.cases.deadlines.model.China2020.beijing;
import static cn.huiyin.events.Category.DRINKING_WATER;
import static cn.huiyin.events.Category.HOUSING_SECURITY;
import static cn.huiyin.events.Category.MEDICAL_ASSISTANCE;
import static cn.huiyin.events.Category.OTHER;
import static cn.huiyin.events.Category.RELOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.events.Category;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines counted in calendar days, the default. */
class DeadlinePolicyTest {

    private final DeadlinePolicy defaults = new DeadlinePolicy(DeadlineRules.defaults());

    private final DeadlinePolicy withOverrides = new DeadlinePolicy(DeadlineRules.defaults().withCategoryDays(
            Map.of(HOUSING_SECURITY, 30, RELOCATION, 20, DRINKING_WATER, 10, MEDICAL_ASSISTANCE, 3)));

    @Test
    void givesTwentyFiveDaysEndingAtTheEndOfTheLastDay() {
        Deadline deadline = defaults.deadlineFor(beijing("2020-03-05T10:00"), List.of(OTHER), false);

        // the 25th day after 5 March is 30 March; the case is due by the end of it
        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-03-31T00:00"));
        assertThat(deadline.start()).isEqualTo(beijing("2020-03-05T10:00"));
        assertThat(deadline.allowed()).isEqualTo(Duration.ofHours(25 * 24 + 14));
    }

    @Test
    void isDueSoonWhenEightyPercentOfTheTimeIsUsed() {
        Deadline deadline = defaults.deadlineFor(beijing("2020-03-05T10:00"), List.of(OTHER), false);

        // 614 h allowed; 80 % is 491 h 12 min
        assertThat(deadline.dueSoonAt()).isEqualTo(beijing("2020-03-25T21:12"));
    }

    @Test
    void countsDaysInTheHotlinesZoneNotInUtc() {
        // 00:30 in Beijing is still the previous day in UTC
        Deadline deadline = defaults.deadlineFor(beijing("2020-03-05T00:30"), List.of(), false);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-03-31T00:00"));
    }

    @Test
    void startingJustBeforeMidnightStillCountsFromThatDay() {
        Deadline deadline = defaults.deadlineFor(beijing("2020-03-05T23:59:59"), List.of(), false);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-03-31T00:00"));
    }

    @Test
    void givesAnUrgentCaseFiveDays() {
        Deadline deadline = defaults.deadlineFor(beijing("2020-03-05T10:00"), List.of(HOUSING_SECURITY), true);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-03-11T00:00"));
    }

    @Test
    void usesTheCategoryOverride() {
        assertThat(withOverrides.daysFor(List.of(HOUSING_SECURITY), false)).isEqualTo(30);
        assertThat(withOverrides.deadlineFor(beijing("2020-03-05T10:00"), List.of(HOUSING_SECURITY), false).dueAt())
                .isEqualTo(beijing("2020-04-05T00:00"));
    }

    @Test
    void theShortestCategoryOverrideWins() {
        assertThat(withOverrides.daysFor(List.of(HOUSING_SECURITY, RELOCATION, DRINKING_WATER), false)).isEqualTo(10);
        assertThat(withOverrides.daysFor(List.of(DRINKING_WATER, HOUSING_SECURITY), false)).isEqualTo(10);
    }

    @Test
    void categoriesWithoutAnOverrideDoNotPullTheCaseBackToTheDefault() {
        assertThat(withOverrides.daysFor(List.of(HOUSING_SECURITY, OTHER), false)).isEqualTo(30);
    }

    @Test
    void givesTheDefaultWhenNoCategoryIsOverridden() {
        assertThat(withOverrides.daysFor(List.of(OTHER, Category.EDUCATION), false)).isEqualTo(25);
        assertThat(withOverrides.daysFor(List.of(), false)).isEqualTo(25);
    }

    @Test
    void urgencyNeverGivesMoreTimeThanAShorterCategory() {
        assertThat(withOverrides.daysFor(List.of(HOUSING_SECURITY), true)).isEqualTo(5);
        assertThat(withOverrides.daysFor(List.of(HOUSING_SECURITY, MEDICAL_ASSISTANCE), true)).isEqualTo(3);
        assertThat(withOverrides.deadlineFor(beijing("2020-03-05T10:00"), List.of(MEDICAL_ASSISTANCE), true).dueAt())
                .isEqualTo(beijing("2020-03-09T00:00"));
    }

    @Test
    void takesAnExplicitNumberOfDaysSetByTheCity() {
        Deadline deadline = defaults.deadlineFor(beijing("2020-03-05T10:00"), 10);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2020-03-16T00:00"));
        assertThat(deadline.dueSoonAt()).isEqualTo(beijing("2020-03-13T21:12"));
    }

    @Test
    void givesAReopenedCaseAFreshDeadlineFromTheReopening() {
        Deadline first = defaults.deadlineFor(beijing("2020-03-05T10:00"), List.of(OTHER), false);

        Deadline reopened = defaults.deadlineFor(beijing("2020-04-02T15:00"), List.of(OTHER), false);

        assertThat(reopened.start()).isEqualTo(beijing("2020-04-02T15:00"));
        assertThat(reopened.dueAt()).isEqualTo(beijing("2020-04-28T00:00")).isAfter(first.dueAt());
    }

    @Test
    void takesAnExplicitDueInstantAndTruncatesDueSoonToTheSecond() {
        Instant start = Instant.parse("2020-03-05T02:00:00Z");

        Deadline deadline = defaults.deadlineAt(start, start.plusSeconds(11));

        assertThat(deadline.dueAt()).isEqualTo(start.plusSeconds(11));
        assertThat(deadline.dueSoonAt()).isEqualTo(start.plusSeconds(8)); // 8.8 s, truncated
    }

    @Test
    void computesDueSoonInDecimalsSoThatExactSecondsAreNotLost() {
        DeadlineRules seventyPercent = new DeadlineRules(25, Map.of(), 5, false, null, null, 0.7, China2020.BEIJING);
        Instant start = Instant.parse("2020-03-05T02:00:00Z");

        Deadline deadline = new DeadlinePolicy(seventyPercent).deadlineAt(start, start.plusSeconds(100));

        assertThat(deadline.dueSoonAt()).isEqualTo(start.plusSeconds(70));
    }

    @Test
    void refusesDeadlinesThatAreNotAfterTheStartOrHaveNoDays() {
        Instant start = beijing("2020-03-05T10:00");

        assertThatThrownBy(() -> defaults.deadlineAt(start, start))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after its start");
        assertThatThrownBy(() -> defaults.deadlineFor(start, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a deadline must be between 1 and 366 days but was 0");
    }
}
