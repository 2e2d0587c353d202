package cn.huiyin.reporting.hotspots.model;

import cn.huiyin.events.Category;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The calls about one category in one place on one Beijing day: a batch's contribution, or what is stored.
 * {@code callers} holds the callers' references, at most {@link HotspotRule#CALLERS_KEPT} of them.
 */
public record DayTally(Place place, Category category, LocalDate day, int calls, Set<String> callers) {

    public DayTally {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(day, "day");
        callers = Set.copyOf(callers);
    }

    /** The counter's id: one document per place, category and day. */
    public String id() {
        return place.regionCode() + ":" + category.name() + ":" + day;
    }
}
