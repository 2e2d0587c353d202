package cn.huiyin.reporting.analysis;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.hotspots.application.Hotspots;
import cn.huiyin.reporting.ledger.application.TypicalCases;
import cn.huiyin.reporting.summary.application.Summaries;

import java.nio.file.Path;
import java.time.Clock;

import cn.huiyin.reporting.summary.web.ReportApiDocs;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The analysis report (issue 6) as HTML and as an A4 PDF (issue 19): renderers and routes; their scope
 * is the summary feature's rule ({@code /reports/**}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportHeaders.class)
class AnalysisConfiguration {

    static final String PATH = "/reports/analysis";
    static final String PDF_PATH = "/reports/analysis.pdf";

    /** The bundled recommendation rules (五、工作建议), or those of {@code huiyin.reporting.recommendations-file}. */
    @Bean
    AnalysisReport analysisReport(@Value("${huiyin.reporting.recommendations-file:}") String rulesFile) {
        return new AnalysisReport(rulesFile.isBlank() ? Recommendations.bundled()
                : Recommendations.from(Path.of(rulesFile)));
    }

    @Bean
    AnalysisInputs analysisInputs(Summaries summaries, TypicalCases typicalCases, Hotspots hotspots,
            ObjectProvider<AnalysisInputs.InstructionSource> instructions, ReportHeaders headers,
            RegionRegistry regions, Clock clock) {
        return new AnalysisInputs(summaries, typicalCases, hotspots,
                instructions.getIfAvailable(() -> AnalysisInputs.InstructionSource.NONE), headers, regions, clock);
    }

    @Bean
    AnalysisPdf analysisPdf() {
        return new AnalysisPdf();
    }

    @Bean
    RouterFunction<ServerResponse> analysisRoutes(ReportContents inputs, AnalysisReport report, AnalysisPdf pdf) {
        AnalysisHandler handler = new AnalysisHandler(inputs, report, pdf);
        return SpringdocRouteBuilder.route()
                .GET(PATH, handler::report, ReportApiDocs.analysis())
                .GET(PDF_PATH, handler::pdf, ReportApiDocs.analysisPdf())
                .build();
    }
}
