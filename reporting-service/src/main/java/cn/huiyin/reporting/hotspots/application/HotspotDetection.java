package cn.huiyin.reporting.hotspots.application;

import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.HotspotDetected;
import cn.huiyin.reporting.hotspots.model.DayTallies;
import cn.huiyin.reporting.hotspots.model.DayTally;
import cn.huiyin.reporting.hotspots.model.HotspotRule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts a batch of calls and raises the hotspots they complete: per place, category and day the batch touched,
 * the window ending that day is judged against the place's own baseline. The reads are bounded by the window and
 * baseline (one document per day), whatever the history holds.
 */
public class HotspotDetection {

    private static final int READS_IN_PARALLEL = 8;

    private final CallCounts counts;
    private final Hotspots hotspots;
    private final HotspotRule rule;
    private final MeterRegistry meters;
    private final Clock clock;

    public HotspotDetection(CallCounts counts, Hotspots hotspots, HotspotRule rule, MeterRegistry meters,
            Clock clock) {
        this.counts = counts;
        this.hotspots = hotspots;
        this.rule = rule;
        this.meters = meters;
        this.clock = clock;
    }

    /** The hotspots this batch raised (none that an earlier batch raised already). */
    public Mono<List<HotspotDetected>> count(List<CaseReceived> calls) {
        List<DayTally> tallies = DayTallies.of(calls);
        if (tallies.isEmpty()) {
            return Mono.just(List.of());
        }
        return counts.add(tallies)
                .thenMany(Flux.fromIterable(tallies))
                // the reads of a batch's windows in parallel, the judgements in the batch's order
                .flatMapSequential(tally -> counts.between(tally.place(), tally.category(),
                                rule.firstDayRead(tally.day()), tally.day())
                        .flatMap(days -> Mono.justOrEmpty(rule.judge(tally.place(), tally.category(), tally.day(),
                                days, clock.instant()))), READS_IN_PARALLEL)
                .concatMap(hotspot -> hotspots.raise(hotspot).filter(Boolean::booleanValue).map(raised -> hotspot))
                .doOnNext(this::countRaised)
                .collectList();
    }

    private void countRaised(HotspotDetected hotspot) {
        Counter.builder("huiyin.hotspots.detected").description("hotspots (热点预警) raised, by county and category")
                .tag("county", hotspot.countyCode()).tag("category", hotspot.category().name())
                .register(meters).increment();
    }
}
