package cn.huiyin.reporting.projections.application;

import cn.huiyin.reporting.projections.infrastructure.BucketStore.Put;
import cn.huiyin.reporting.projections.model.Counters;
import cn.huiyin.reporting.projections.model.Entry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Rates for Grafana: calls and cases by county and category, counted when a bucket first hears
 * of them, so a redelivered event is not counted twice.
 */
public class ProjectionMetrics {

    private final MeterRegistry meters;

    public ProjectionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void placed(Entry entry, Put put) {
        if (put != Put.ADDED) {
            return;
        }
        String county = entry.bucket().countyCode();
        if (entry.counts().containsKey(Counters.CALLS)) {
            entry.counts().keySet().stream().filter(key -> key.startsWith(Counters.TYPE)).forEach(type ->
                    Counter.builder("huiyin.reporting.calls").description("calls projected, by county and type")
                            .tag("county", county).tag("type", type.substring(Counters.TYPE.length()))
                            .register(meters).increment());
        }
        if (entry.counts().containsKey(Counters.CASES)) {
            entry.counts().keySet().stream().filter(key -> key.startsWith(Counters.CATEGORY)).forEach(category ->
                    Counter.builder("huiyin.reporting.cases").description("cases projected, by county and category")
                            .tag("county", county).tag("category", category.substring(Counters.CATEGORY.length()))
                            .register(meters).increment());
        }
    }
}
