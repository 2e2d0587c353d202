package cn.huiyin.cases.deadlines;

import cn.huiyin.cases.deadlines.model.DeadlineRules;
import cn.huiyin.events.Category;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiyin.deadlines.*}: the deadline rules as configured; see the package documentation for an example.
 * No year's holidays are built in: they change every year and are published by the State Council each autumn.
 */
@ConfigurationProperties("huiyin.deadlines")
public record DeadlineProperties(
        @DefaultValue("25") int defaultDays,
        @DefaultValue Map<Category, Integer> categoryDays,
        @DefaultValue("5") int urgentDays,
        @DefaultValue("false") boolean workingDays,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue List<LocalDate> extraWorkdays,
        @DefaultValue("0.8") double dueSoonFraction,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {

    /** The validated rules; throws {@link IllegalArgumentException} naming the first invalid setting. */
    public DeadlineRules toRules() {
        return new DeadlineRules(defaultDays, categoryDays, urgentDays, workingDays, setOf(holidays),
                setOf(extraWorkdays), dueSoonFraction, zone);
    }

    private static Set<LocalDate> setOf(List<LocalDate> days) {
        return days == null ? Set.of() : new HashSet<>(days);
    }
}
