package cn.huiyin.reporting.analysis;

import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.reporting.summary.Summaries;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The HTML analysis report (issue 6): renderer, route and the scope it needs. */
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
        return RouterFunctions.route().GET(PATH, handler::report).build();
    }

    /** The summary feature's rule covers /reports/** too; this one keeps the page's scope visible where it is served. */
    @Bean
    AccessRules analysisAccess() {
        return exchanges -> exchanges.pathMatchers(HttpMethod.GET, PATH)
                .hasAuthority(Scopes.authority(Scopes.REPORTS_READ));
    }
}
