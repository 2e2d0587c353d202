package cn.huiyin.cases.deadlines.model;

import static cn.huiyin.events.Category.HOUSING_SECURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.events.Category;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invalid rules are refused with a message naming the setting. */
class DeadlineRulesTest {

    private static DeadlineRules rules(int defaultDays, Map<Category, Integer> categoryDays,
            int urgentDays, double dueSoonFraction) {
        return new DeadlineRules(defaultDays, categoryDays, urgentDays, false, Set.of(), Set.of(), dueSoonFraction,
                China2020.BEIJING);
    }

    @Test
    void defaultsAreTwentyFiveCalendarDaysUrgentFiveDueSoonAtEightyPercentInBeijing() {
        DeadlineRules defaults = DeadlineRules.defaults();

        assertThat(defaults.defaultDays()).isEqualTo(25);
        assertThat(defaults.urgentDays()).isEqualTo(5);
        assertThat(defaults.workingDays()).isFalse();
        assertThat(defaults.categoryDays()).isEmpty();
        assertThat(defaults.holidays()).isEmpty();
        assertThat(defaults.dueSoonFraction()).isEqualTo(0.8);
        assertThat(defaults.zone()).isEqualTo(China2020.BEIJING);
    }

    @Test
    void refusesDaysBelowOne() {
        assertThatThrownBy(() -> rules(0, Map.of(), 5, 0.8))
                .hasMessage("defaultDays must be between 1 and 366 days but was 0");
        assertThatThrownBy(() -> rules(25, Map.of(), -1, 0.8))
                .hasMessage("urgentDays must be between 1 and 366 days but was -1");
        assertThatThrownBy(() -> rules(25, Map.of(HOUSING_SECURITY, 0), 5, 0.8))
                .hasMessage("categoryDays for HOUSING_SECURITY must be between 1 and 366 days but was 0");
    }

    @Test
    void refusesMoreThanAYear() {
        assertThatThrownBy(() -> rules(400, Map.of(), 5, 0.8))
                .hasMessage("defaultDays must be between 1 and 366 days but was 400");
    }

    @Test
    void refusesACategoryWithoutDays() {
        Map<Category, Integer> missing = new HashMap<>();
        missing.put(HOUSING_SECURITY, null);

        assertThatThrownBy(() -> rules(25, missing, 5, 0.8))
                .hasMessage("categoryDays for HOUSING_SECURITY must be between 1 and 366 days but was null");
    }

    @Test
    void refusesADueSoonFractionOutsideZeroToOne() {
        for (double fraction : new double[] {0, 1, -0.2, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> rules(25, Map.of(), 5, fraction))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("dueSoonFraction must be between 0 and 1 (both exclusive) but was " + fraction);
        }
    }

    @Test
    void refusesADayThatIsBothAHolidayAndAnExtraWorkday() {
        Set<LocalDate> day = Set.of(LocalDate.parse("2020-01-19"));

        assertThatThrownBy(() -> DeadlineRules.defaults().withWorkingDays(day, day))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2020-01-19 is both a holiday and an extra workday; it can only be one of them");
    }

    @Test
    void refusesAnExtraWorkdayThatIsNotAWeekendDay() {
        Set<LocalDate> wednesday = Set.of(LocalDate.parse("2020-01-22"));

        assertThatThrownBy(() -> DeadlineRules.defaults().withWorkingDays(Set.of(), wednesday))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extra workday 2020-01-22 is a WEDNESDAY;"
                        + " only a Saturday or a Sunday can be made a working day");
    }

    @Test
    void refusesAMissingZone() {
        assertThatThrownBy(() -> new DeadlineRules(25, Map.of(), 5, false, Set.of(), Set.of(), 0.8, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("zone");
    }

    @Test
    void keepsItsOwnCopiesOfTheCollections() {
        Map<Category, Integer> overrides = new HashMap<>(Map.of(HOUSING_SECURITY, 30));
        DeadlineRules rules = rules(25, overrides, 5, 0.8);

        overrides.put(HOUSING_SECURITY, 1);

        assertThat(rules.categoryDays()).containsEntry(HOUSING_SECURITY, 30);
    }
}
