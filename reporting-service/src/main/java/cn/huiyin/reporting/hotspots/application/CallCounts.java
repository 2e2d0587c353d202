package cn.huiyin.reporting.hotspots.application;

import cn.huiyin.events.Category;
import cn.huiyin.reporting.hotspots.model.DayTally;
import cn.huiyin.reporting.hotspots.model.Place;
import java.time.LocalDate;
import java.util.List;
import reactor.core.publisher.Mono;

/** The calls per place, category and day: counters that grow by a batch at a time, never with each call. */
public interface CallCounts {

    /** Adds a batch's tallies, one write for all of them. */
    Mono<Void> add(List<DayTally> tallies);

    /** The tallies of one place and category from {@code from} to {@code to}, both inclusive; quiet days absent. */
    Mono<List<DayTally>> between(Place place, Category category, LocalDate from, LocalDate to);
}
