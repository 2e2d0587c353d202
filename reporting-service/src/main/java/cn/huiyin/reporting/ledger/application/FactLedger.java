package cn.huiyin.reporting.ledger.application;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.ledger.model.LedgerRow;
import cn.huiyin.reporting.ledger.model.LedgerRows;
import cn.huiyin.reporting.summary.application.ReportBuckets;
import cn.huiyin.reporting.summary.application.ReportScope;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;

/**
 * The ledger read a month at a time: the cases transferred to the region's counties in that part of the period,
 * by day and tracking number, so the stream holds one query's rows at a time and skips months with no buckets.
 */
public class FactLedger implements CaseLedger {

    private final CaseFacts facts;
    private final ReportBuckets buckets;
    private final RegionRegistry regions;
    private final ReportScope scope;
    private final LedgerRows rows;

    public FactLedger(CaseFacts facts, ReportBuckets buckets, RegionRegistry regions, ReportScope scope) {
        this.facts = facts;
        this.buckets = buckets;
        this.regions = regions;
        this.scope = scope;
        this.rows = new LedgerRows(regions);
    }

    @Override
    public Flux<LedgerRow> rows(String regionCode, LocalDate from, LocalDate to) {
        return scope.check(regionCode, from, to)
                .flatMapMany(region -> buckets.coverage().flatMapMany(seen -> months(region, seen, from, to)));
    }

    private Flux<LedgerRow> months(Region region, ReportBuckets.Coverage seen, LocalDate from, LocalDate to) {
        List<String> counties = seen.counties().stream().filter(county -> regions.covers(region.code(), county))
                .toList();
        YearMonth last = YearMonth.from(to);
        return Flux.fromStream(Stream.iterate(YearMonth.from(from), month -> !month.isAfter(last), month -> month.plusMonths(1)))
                .filter(month -> seen.months().contains(month.toString()))
                .concatMap(month -> {
                    LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
                    LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
                    return facts.cases(counties, first, end).map(rows::of);
                }, 1);
    }
}
