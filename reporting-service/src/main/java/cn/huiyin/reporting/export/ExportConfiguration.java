package cn.huiyin.reporting.export;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.ledger.application.CaseLedger;
import cn.huiyin.reporting.summary.application.Summaries;
import cn.huiyin.reporting.summary.web.ReportApiDocs;

import java.time.Clock;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.scheduler.Schedulers;

/**
 * The case ledger download, with the summary's tables beside the cases; its {@link CaseLedger} is the
 * ledger feature's, its {@link Summaries} the summary feature's.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    static final String PATH = "/api/v1/reports/export";

    @Bean
    LedgerWorkbook ledgerWorkbook(Clock clock) {
        return new LedgerWorkbook(clock);
    }

    @Bean
    RouterFunction<ServerResponse> ledgerExportRoutes(CaseLedger ledger, Summaries summaries,
            LedgerWorkbook workbook, RegionRegistry regions) {
        LedgerExportHandler handler = new LedgerExportHandler(ledger, summaries, workbook, regions,
                Schedulers.boundedElastic());
        return SpringdocRouteBuilder.route().GET(PATH, handler::export, ReportApiDocs.export()).build();
    }
}
