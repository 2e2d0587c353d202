package cn.huiyin.reporting.ledger;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.export.CaseLedger;
import cn.huiyin.reporting.export.LedgerRow;
import cn.huiyin.reporting.projections.infrastructure.BucketStore;
import cn.huiyin.reporting.projections.infrastructure.Coverage;
import cn.huiyin.reporting.projections.infrastructure.FactDocument;
import cn.huiyin.reporting.projections.infrastructure.FactStore;
import cn.huiyin.reporting.projections.model.BucketKey;
import cn.huiyin.reporting.summary.ReportScope;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;

import reactor.core.publisher.Flux;

/**
 * The ledger read day by day: a day's buckets name the cases transferred that day (their entries),
 * and the cases' facts are fetched by id, so the stream holds one day's rows at a time and finds
 * them without scanning every fact.
 */
public class FactLedger implements CaseLedger {

    private static final String CASE_ENTRY = "case:";

    private final FactStore facts;
    private final BucketStore buckets;
    private final RegionRegistry regions;
    private final ReportScope scope;
    private final LedgerRows rows;

    public FactLedger(FactStore facts, BucketStore buckets, RegionRegistry regions, ReportScope scope) {
        this.facts = facts;
        this.buckets = buckets;
        this.regions = regions;
        this.scope = scope;
        this.rows = new LedgerRows(regions);
    }

    @Override
    public Flux<LedgerRow> rows(String regionCode, LocalDate from, LocalDate to) {
        return scope.check(regionCode, from, to)
                .flatMapMany(region -> buckets.coverage().flatMapMany(seen -> days(region, seen, from, to)));
    }

    private Flux<LedgerRow> days(Region region, Coverage.Seen seen, LocalDate from, LocalDate to) {
        List<String> counties = seen.counties().stream().filter(county -> regions.covers(region.code(), county))
                .toList();
        return Flux.fromStream(from.datesUntil(to.plusDays(1)))
                .filter(day -> seen.months().contains(YearMonth.from(day).toString()))
                .concatMap(day -> day(counties, day), 1);
    }

    private Flux<LedgerRow> day(List<String> counties, LocalDate day) {
        List<String> ids = counties.stream().map(county -> BucketKey.dayId(county, day)).toList();
        return buckets.daysWithEntries(ids).collectList().flatMapMany(found -> {
            List<String> callIds = new ArrayList<>();
            for (Document bucket : found) {
                bucket.get("entries", Document.class).forEach((key, entry) -> {
                    Document counts = ((Document) entry).get("c", Document.class);
                    if (key.startsWith(CASE_ENTRY) && counts != null && !counts.isEmpty()) {
                        callIds.add(key.substring(CASE_ENTRY.length()));
                    }
                });
            }
            return callIds.isEmpty() ? Flux.empty()
                    : facts.findAll(callIds).map(FactDocument::fact).map(rows::of)
                            .sort(Comparator.comparing(LedgerRow::trackingNumber,
                                    Comparator.nullsLast(Comparator.naturalOrder())));
        });
    }
}
