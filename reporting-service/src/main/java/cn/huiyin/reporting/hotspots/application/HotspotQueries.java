package cn.huiyin.reporting.hotspots.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.reporting.summary.application.ReportScope;
import java.time.LocalDate;
import java.util.List;
import reactor.core.publisher.Mono;

/** The hotspots of a region and period, for a client whose token covers the region (as the reports check it). */
public class HotspotQueries {

    private final Hotspots hotspots;
    private final ReportScope scope;

    public HotspotQueries(Hotspots hotspots, ReportScope scope) {
        this.hotspots = hotspots;
        this.scope = scope;
    }

    /** Hotspots whose windows overlap the days {@code from} to {@code to} (Beijing days, both included). */
    public Mono<HotspotList> within(String regionCode, LocalDate from, LocalDate to) {
        return scope.check(regionCode, from, to).flatMap(region -> hotspots.overlapping(List.of(region.code()),
                        from.atStartOfDay(HotlineTime.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(HotlineTime.ZONE).toInstant())
                .map(HotspotView::of)
                .collectList()
                .map(found -> new HotspotList(region.code(), region.name(), from, to, found)));
    }
}
