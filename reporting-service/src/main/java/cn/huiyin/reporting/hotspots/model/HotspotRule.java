package cn.huiyin.reporting.hotspots.model;

import cn.huiyin.events.Category;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.HotspotDetected;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the calls about one category in one place are a surge (热点): in the window of {@code windowDays} ending
 * on a day, at least {@code minCalls} calls from at least {@code minCallers} different callers, and so many that
 * a Poisson count at the place's own rate over the {@code baselineWeeks} before the window would reach them
 * with a probability below {@code maxProbability}. A place with (almost) no past calls is taken to have
 * {@code minWeeklyRate}, so that its first few calls are not a surge by themselves.
 */
public record HotspotRule(int windowDays, int baselineWeeks, double maxProbability, int minCalls, int minCallers,
        double minWeeklyRate) {

    /**
     * The callers kept per place, category and day: enough to count distinct callers exactly up to this many in
     * a window (a day with more has reached any sensible minimum alone), and a bound on the counter's size.
     */
    public static final int CALLERS_KEPT = 32;

    public HotspotRule {
        require(windowDays >= 1, "windowDays must be at least 1");
        require(baselineWeeks >= 1, "baselineWeeks must be at least 1");
        require(maxProbability > 0.0 && maxProbability < 1.0, "maxProbability must be between 0 and 1");
        require(minCalls >= 1, "minCalls must be at least 1");
        require(minCallers >= 1 && minCallers <= CALLERS_KEPT, "minCallers must be between 1 and " + CALLERS_KEPT);
        require(minWeeklyRate >= 0.0, "minWeeklyRate must not be negative");
    }

    /** The first day of the window that ends on {@code day}. */
    public LocalDate windowStart(LocalDate day) {
        return day.minusDays(windowDays - 1L);
    }

    /** The first day whose calls the rule reads for the window ending on {@code day}: the baseline's. */
    public LocalDate firstDayRead(LocalDate day) {
        return windowStart(day).minusWeeks(baselineWeeks);
    }

    /**
     * Judges the window ending on {@code day} from the tallies of the days {@link #firstDayRead} to {@code day}
     * (days without calls may be absent); a surge is the event to publish.
     */
    public Optional<HotspotDetected> judge(Place place, Category category, LocalDate day, List<DayTally> days,
            Instant now) {
        LocalDate windowStart = windowStart(day);
        LocalDate baselineStart = firstDayRead(day);
        int observed = 0;
        int past = 0;
        Set<String> callers = new HashSet<>();
        for (DayTally tally : days) {
            if (tally.day().isAfter(day) || tally.day().isBefore(baselineStart)) {
                continue;
            }
            if (tally.day().isBefore(windowStart)) {
                past += tally.calls();
            } else {
                observed += tally.calls();
                callers.addAll(tally.callers());
            }
        }
        double weeklyRate = Math.max(minWeeklyRate, past / (double) baselineWeeks);
        double expected = weeklyRate * windowDays / 7.0;
        double probability = PoissonTail.probabilityAtLeast(observed, expected);
        if (observed < minCalls || callers.size() < minCallers || probability >= maxProbability) {
            return Optional.empty();
        }
        return Optional.of(new HotspotDetected(hotspotId(place, category, windowStart), place.regionCode(),
                place.countyCode(), category, startOf(windowStart), startOf(day.plusDays(1)), observed, expected,
                probability, Math.min(callers.size(), observed), now));
    }

    /** Names a hotspot by its place, category and first day, so detecting it again names the same one. */
    public static String hotspotId(Place place, Category category, LocalDate windowStart) {
        return place.regionCode() + ":" + category.name() + ":" + windowStart;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(HotlineTime.ZONE).toInstant();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
