package cn.huiyin.reporting.ledger.application;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.model.CallFact;
import cn.huiyin.reporting.summary.application.ReportBuckets;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;

/**
 * The facts of the cases transferred to a region's counties in a range of days, read a month at a time (one query's
 * rows in memory at once) and only for the counties and months that have buckets.
 */
final class MonthlyFacts {

    private final CaseFacts facts;
    private final ReportBuckets buckets;
    private final RegionRegistry regions;

    MonthlyFacts(CaseFacts facts, ReportBuckets buckets, RegionRegistry regions) {
        this.facts = facts;
        this.buckets = buckets;
        this.regions = regions;
    }

    Flux<CallFact> of(Region region, LocalDate from, LocalDate to) {
        return buckets.coverage().flatMapMany(seen -> {
            List<String> counties = seen.counties().stream().filter(county -> regions.covers(region.code(), county))
                    .toList();
            YearMonth last = YearMonth.from(to);
            return Flux.fromStream(Stream.iterate(YearMonth.from(from), month -> !month.isAfter(last),
                            month -> month.plusMonths(1)))
                    .filter(month -> seen.months().contains(month.toString()))
                    .concatMap(month -> facts.cases(counties, month.atDay(1).isBefore(from) ? from : month.atDay(1),
                            month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth()), 1);
        });
    }
}
