package cn.huiyin.reporting.analysis;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

/** What a report route needs: the content of a region's report over a period, its region checked. */
@FunctionalInterface
public interface ReportContents {

    Mono<AnalysisInputs.Content> gather(String regionCode, LocalDate from, LocalDate to);
}
