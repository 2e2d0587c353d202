package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.CallbackPolicy;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.cases.deadlines.model.DeadlinePolicy;
import cn.huiyin.regions.RegionRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable rules around a case: where the city reviews its counties' reports (市级核查, seed 001: on for
 * every city unless configured off, {@code huiyin.cases.city-review.*}), how callbacks are retried, and the deadline
 * a reopened case gets.
 */
public class CasePolicies {

    @ConfigurationProperties("huiyin.cases")
    public record Properties(@DefaultValue CityReview cityReview,
            @DefaultValue("3") int maxUnreachableAttempts, @DefaultValue("24h") Duration callbackRetryAfter) {
    }

    /**
     * 市级核查: {@code enabled} for every city by default; {@code except} names the regions where the opposite
     * holds — cities (a city that does not review), or a county or province for finer or coarser exceptions.
     */
    public record CityReview(@DefaultValue("true") boolean enabled, @DefaultValue List<String> except) {
    }

    private final Properties properties;
    private final RegionRegistry regions;
    private final DeadlinePolicy deadlines;

    public CasePolicies(Properties properties, RegionRegistry regions, DeadlinePolicy deadlines) {
        this.properties = properties;
        this.regions = regions;
        this.deadlines = deadlines;
        properties.cityReview().except().stream().filter(code -> regions.find(code).isEmpty()).findFirst()
                .ifPresent(code -> {
                    throw new IllegalStateException("huiyin.cases.city-review.except names " + code
                            + ", which is not a region");
                });
    }

    public boolean reviewRequired(Case c) {
        return reviewRequiredIn(c.countyCode());
    }

    /** Whether the city reviews this county's reports before the callback. */
    public boolean reviewRequiredIn(String countyCode) {
        CityReview review = properties.cityReview();
        boolean excepted = review.except().stream().anyMatch(region -> regions.covers(region, countyCode));
        return review.enabled() != excepted;
    }

    public CallbackPolicy callbacks() {
        return new CallbackPolicy(properties.maxUnreachableAttempts(), properties.callbackRetryAfter());
    }

    /** A reopened case is investigated again within a full deadline of its own. */
    public Deadline reopenDeadline(Case c, Instant reopenedAt) {
        return deadlines.deadlineFor(reopenedAt, c.categories(), c.urgent());
    }

    public Deadline deadline(Instant start, Instant dueAt) {
        return deadlines.deadlineAt(start, dueAt);
    }
}
