package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.CallbackPolicy;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.deadlines.Deadline;
import cn.huiyin.cases.deadlines.DeadlinePolicy;
import cn.huiyin.regions.RegionRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable rules around a case: which jurisdictions have the city review county reports
 * ({@code huiyin.cases.review-regions}), how callbacks are retried, and the deadline a reopened
 * case gets.
 */
public class CasePolicies {

    @ConfigurationProperties("huiyin.cases")
    public record Properties(@DefaultValue List<String> reviewRegions,
            @DefaultValue("3") int maxUnreachableAttempts, @DefaultValue("24h") Duration callbackRetryAfter) {
    }

    private final Properties properties;
    private final RegionRegistry regions;
    private final DeadlinePolicy deadlines;

    public CasePolicies(Properties properties, RegionRegistry regions, DeadlinePolicy deadlines) {
        this.properties = properties;
        this.regions = regions;
        this.deadlines = deadlines;
    }

    public boolean reviewRequired(Case c) {
        return properties.reviewRegions().stream()
                .anyMatch(region -> regions.find(region).isPresent() && regions.covers(region, c.countyCode()));
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
