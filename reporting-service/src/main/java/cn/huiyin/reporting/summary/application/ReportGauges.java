package cn.huiyin.reporting.summary.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.reporting.summary.model.Summary;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Business gauges for Grafana, per province with data, over everything the buckets hold: open and
 * overdue backlog, reported and callback satisfaction rates, households monitored. Refreshed from
 * the same summaries the report shows, so the dashboard and the report never disagree.
 */
public class ReportGauges {

    private final ReportBuckets buckets;
    private final Summaries summaries;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, AtomicReference<Summary>> latest = new ConcurrentHashMap<>();

    public ReportGauges(ReportBuckets buckets, Summaries summaries, MeterRegistry meters, Clock clock) {
        this.buckets = buckets;
        this.summaries = summaries;
        this.meters = meters;
        this.clock = clock;
    }

    public Mono<Void> refresh() {
        LocalDate today = LocalDate.now(clock.withZone(HotlineTime.ZONE));
        return buckets.coverage().flatMapMany(seen -> {
            if (seen.months().isEmpty()) {
                return Flux.empty();
            }
            LocalDate from = YearMonth.parse(seen.months().iterator().next()).atDay(1);
            LocalDate to = today.isBefore(from) ? from : today;
            return Flux.fromStream(seen.counties().stream().map(county -> county.substring(0, 2)).distinct())
                    .concatMap(province -> summaries.summarize(province, from, to)
                            .doOnNext(summary -> holder(province).set(summary)));
        }).then();
    }

    private AtomicReference<Summary> holder(String province) {
        return latest.computeIfAbsent(province, code -> {
            AtomicReference<Summary> holder = new AtomicReference<>();
            gauge("huiyin.reporting.backlog", code, "state", "open", holder,
                    s -> s.total() - s.closed(), "cases transferred and not closed");
            gauge("huiyin.reporting.backlog", code, "state", "overdue", holder,
                    Summary::missing, "cases past their deadline and unverified (漏报)");
            gauge("huiyin.reporting.satisfaction", code, "kind", "reported", holder,
                    s -> s.reportedSatisfactionShares().get("SATISFIED"), "county-reported satisfied share");
            gauge("huiyin.reporting.satisfaction", code, "kind", "callback", holder,
                    s -> s.callbackSatisfactionShares().get("SATISFIED"), "callback satisfied share");
            gauge("huiyin.reporting.households", code, "state", "monitored", holder,
                    s -> s.households().monitored(), "households monitored now");
            return holder;
        });
    }

    private void gauge(String name, String province, String tag, String value, AtomicReference<Summary> holder,
            ToDoubleFunction<Summary> figure, String description) {
        Gauge.builder(name, holder, h -> h.get() == null ? Double.NaN : figure.applyAsDouble(h.get()))
                .description(description).tag("province", province).tag(tag, value).register(meters);
    }
}
