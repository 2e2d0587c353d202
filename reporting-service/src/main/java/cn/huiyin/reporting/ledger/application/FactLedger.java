package cn.huiyin.reporting.ledger.application;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.ledger.model.LedgerRow;
import cn.huiyin.reporting.ledger.model.LedgerRows;
import cn.huiyin.reporting.summary.application.ReportBuckets;
import cn.huiyin.reporting.summary.application.ReportScope;

import java.time.LocalDate;

import reactor.core.publisher.Flux;

/**
 * The ledger read a month at a time: the cases transferred to the region's counties in that part of the period,
 * by day and tracking number, so the stream holds one query's rows at a time and skips months with no buckets.
 */
public class FactLedger implements CaseLedger {

    private final MonthlyFacts facts;
    private final ReportScope scope;
    private final LedgerRows rows;

    public FactLedger(CaseFacts facts, ReportBuckets buckets, RegionRegistry regions, ReportScope scope) {
        this.facts = new MonthlyFacts(facts, buckets, regions);
        this.scope = scope;
        this.rows = new LedgerRows(regions);
    }

    @Override
    public Flux<LedgerRow> rows(String regionCode, LocalDate from, LocalDate to) {
        return scope.check(regionCode, from, to).flatMapMany(region -> facts.of(region, from, to).map(rows::of));
    }
}
