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
    private final Map<String, AtomicReference<Summary.LeagueRow>> leagues = new ConcurrentHashMap<>();

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
            Flux<Summary> provinces = Flux.fromStream(seen.counties().stream().map(county -> county.substring(0, 2))
                            .distinct())
                    .concatMap(province -> summaries.summarize(province, from, to)
                            .doOnNext(summary -> holder(province).set(summary)));
            return provinces.thenMany(league(seen, today));
        }).then();
    }

    /**
     * The league table (三率) of the latest month with data up to today: the cities of every province, the counties
     * of every city, each member's rates and rank as gauges.
     */
    private Flux<Summary> league(ReportBuckets.Coverage seen, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return Mono.justOrEmpty(seen.months().stream().map(YearMonth::parse).filter(month -> !month.isAfter(current))
                        .max(YearMonth::compareTo))
                .flatMapMany(month -> Flux.fromStream(java.util.stream.Stream.concat(
                                seen.counties().stream().map(county -> county.substring(0, 2)),
                                seen.counties().stream().map(county -> county.substring(0, 4))).distinct().sorted())
                        .concatMap(parent -> summaries.summarize(parent, month.atDay(1), month.atEndOfMonth())
                                .doOnNext(summary -> summary.leagueTable().forEach(row -> league(row).set(row)))));
    }

    private AtomicReference<Summary.LeagueRow> league(Summary.LeagueRow row) {
        return leagues.computeIfAbsent(row.code(), code -> {
            AtomicReference<Summary.LeagueRow> holder = new AtomicReference<>(row);
            leagueGauge(code, "response", holder, Summary.LeagueRow::responseRate);
            leagueGauge(code, "resolution", holder, Summary.LeagueRow::resolutionRate);
            leagueGauge(code, "satisfaction", holder, Summary.LeagueRow::satisfactionRate);
            leagueGauge(code, "composite", holder, Summary.LeagueRow::composite);
            Gauge.builder("huiyin.reporting.league.rank", holder, h -> h.get().rank() == 0 ? Double.NaN : h.get().rank())
                    .description("rank in the league table (三率) of the latest month with data, 1 = best")
                    .tag("region", code).register(meters);
            return holder;
        });
    }

    private void leagueGauge(String region, String rate, AtomicReference<Summary.LeagueRow> holder,
            java.util.function.Function<Summary.LeagueRow, Double> figure) {
        Gauge.builder("huiyin.reporting.league", holder, h -> {
                    Double value = figure.apply(h.get());
                    return value == null ? Double.NaN : value;
                })
                .description("league table (三率) of the latest month with data: response, resolution and satisfaction"
                        + " rates and their weighted composite")
                .tag("region", region).tag("rate", rate).register(meters);
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
