package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.summary.application.Summaries;
import cn.huiyin.reporting.summary.web.ReportApiDocs;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The analysis report (issue 6) as HTML and as an A4 PDF (issue 19): renderers and routes; their scope
 * is the summary feature's rule ({@code /reports/**}).
 */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

    static final String PATH = "/reports/analysis";
    static final String PDF_PATH = "/reports/analysis.pdf";

    @Bean
    AnalysisReport analysisReport() {
        return new AnalysisReport();
    }

    @Bean
    AnalysisPdf analysisPdf() {
        return new AnalysisPdf();
    }

    @Bean
    RouterFunction<ServerResponse> analysisRoutes(Summaries summaries, AnalysisReport report, AnalysisPdf pdf) {
        AnalysisHandler handler = new AnalysisHandler(summaries, report, pdf);
        return SpringdocRouteBuilder.route()
                .GET(PATH, handler::report, ReportApiDocs.analysis())
                .GET(PDF_PATH, handler::pdf, ReportApiDocs.analysisPdf())
                .build();
    }
}
