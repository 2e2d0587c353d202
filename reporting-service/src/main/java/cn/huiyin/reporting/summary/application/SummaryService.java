package cn.huiyin.reporting.summary.application;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.summary.model.LeagueWeights;
import cn.huiyin.reporting.summary.model.ReportPeriod;
import cn.huiyin.reporting.summary.model.Summary;
import cn.huiyin.reporting.summary.model.SummaryAssembler;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

/** The report for a province, city or county over a range of days, read from the buckets only. */
public class SummaryService implements Summaries {

    private final ReportScope scope;
    private final SummaryReader reader;
    private final SummaryAssembler assembler;

    public SummaryService(ReportBuckets buckets, RegionRegistry regions, ReportScope scope) {
        this(buckets, regions, scope, LeagueWeights.DEFAULT);
    }

    public SummaryService(ReportBuckets buckets, RegionRegistry regions, ReportScope scope, LeagueWeights weights) {
        this.scope = scope;
        this.reader = new SummaryReader(buckets, regions);
        this.assembler = new SummaryAssembler(regions, weights);
    }

    @Override
    public Mono<Summary> summarize(String regionCode, LocalDate from, LocalDate to) {
        return scope.check(regionCode, from, to).flatMap(region -> {
            ReportPeriod period = new ReportPeriod(from, to);
            // the period before, for the league table's changes of rank: its buckets only, not the history before it
            return reader.readWithPrevious(region, period)
                    .map(seen -> assembler.assemble(region, period, seen.getT1(), seen.getT2()));
        });
    }
}
