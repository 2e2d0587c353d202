package cn.huiyin.reporting.summary.application;

import cn.huiyin.regions.RegionRegistry;
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
        this.scope = scope;
        this.reader = new SummaryReader(buckets, regions);
        this.assembler = new SummaryAssembler(regions);
    }

    @Override
    public Mono<Summary> summarize(String regionCode, LocalDate from, LocalDate to) {
        return scope.check(regionCode, from, to).flatMap(region -> {
            ReportPeriod period = new ReportPeriod(from, to);
            return reader.read(region, period).map(seen -> assembler.assemble(region, period, seen));
        });
    }
}
