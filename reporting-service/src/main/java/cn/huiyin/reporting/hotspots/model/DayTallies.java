package cn.huiyin.reporting.hotspots.model;

import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Category;
import cn.huiyin.events.HotlineTime;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A batch of calls folded into one tally per place, category and day, so the store writes each counter once. */
public final class DayTallies {

    private DayTallies() {
    }

    public static List<DayTally> of(List<CaseReceived> calls) {
        Map<String, Builder> tallies = new LinkedHashMap<>();
        for (CaseReceived call : calls) {
            LocalDate day = call.receivedAt().atZone(HotlineTime.ZONE).toLocalDate();
            for (Place place : Place.of(call)) {
                for (Category category : call.categories()) {
                    tallies.computeIfAbsent(place.regionCode() + ":" + category + ":" + day,
                            id -> new Builder(place, category, day)).add(call.callerRef());
                }
            }
        }
        return tallies.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        private final Place place;
        private final Category category;
        private final LocalDate day;
        private final Set<String> callers = new HashSet<>();
        private int calls;

        Builder(Place place, Category category, LocalDate day) {
            this.place = place;
            this.category = category;
            this.day = day;
        }

        void add(String caller) {
            calls++;
            if (callers.size() < HotspotRule.CALLERS_KEPT) {
                callers.add(caller);
            }
        }

        DayTally build() {
            return new DayTally(place, category, day, calls, callers);
        }
    }
}
