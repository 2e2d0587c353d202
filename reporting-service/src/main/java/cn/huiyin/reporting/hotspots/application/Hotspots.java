package cn.huiyin.reporting.hotspots.application;

import cn.huiyin.events.HotspotDetected;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The hotspots raised, each stored with its {@code HotspotDetected} event (the outbox). */
public interface Hotspots {

    /**
     * Stores and publishes a hotspot unless another of the same place and category overlaps its window: a surge
     * is raised once, not again on each of its days. True when this call raised it.
     */
    Mono<Boolean> raise(HotspotDetected hotspot);

    /** The hotspots in the regions (codes, any level) whose windows overlap {@code from} to {@code to}, newest first. */
    Flux<HotspotDetected> overlapping(List<String> regions, Instant from, Instant to);
}
