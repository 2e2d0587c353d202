package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.summary.application.Summaries;
import cn.huiyin.reporting.summary.web.ReportApiDocs;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The HTML analysis report (issue 6): renderer and route; its scope is the summary feature's rule. */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

    static final String PATH = "/reports/analysis";

    @Bean
    AnalysisReport analysisReport() {
        return new AnalysisReport();
    }

    @Bean
    RouterFunction<ServerResponse> analysisRoutes(Summaries summaries, AnalysisReport report) {
        AnalysisHandler handler = new AnalysisHandler(summaries, report);
        return SpringdocRouteBuilder.route().GET(PATH, handler::report, ReportApiDocs.analysis()).build();
    }
}
