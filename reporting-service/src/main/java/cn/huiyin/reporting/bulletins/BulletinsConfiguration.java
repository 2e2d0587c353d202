package cn.huiyin.reporting.bulletins;

import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.analysis.AnalysisPdf;
import cn.huiyin.reporting.analysis.AnalysisReport;
import cn.huiyin.reporting.export.SummaryWorkbook;
import cn.huiyin.reporting.summary.model.Summary;
import cn.huiyin.reporting.analysis.ReportHeaders;
import cn.huiyin.reporting.bulletins.application.BulletinDocuments;
import cn.huiyin.reporting.bulletins.application.BulletinHeaders;
import cn.huiyin.reporting.bulletins.application.BulletinIssuing;
import cn.huiyin.reporting.bulletins.application.BulletinPage;
import cn.huiyin.reporting.bulletins.application.BulletinQueries;
import cn.huiyin.reporting.bulletins.application.BulletinSchedule;
import cn.huiyin.reporting.bulletins.application.Bulletins;
import cn.huiyin.reporting.bulletins.application.IssuedBulletins;
import cn.huiyin.reporting.bulletins.infrastructure.BulletinStore;
import cn.huiyin.reporting.bulletins.model.WorkingDays;
import cn.huiyin.reporting.bulletins.web.BulletinApiDocs;
import cn.huiyin.reporting.bulletins.web.BulletinHandler;
import cn.huiyin.reporting.instructions.application.BulletinIssues;
import cn.huiyin.reporting.summary.application.ReportScope;
import cn.huiyin.reporting.summary.application.Summaries;

import java.time.Clock;

import org.slf4j.LoggerFactory;
import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Monthly bulletins (快报 第N期): the store, issuing on demand and by schedule, and the routes that list and serve
 * them. PDF and workbook come from a {@link BulletinDocuments} bean: declare one to replace the default (503).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BulletinProperties.class)
class BulletinsConfiguration {

    @Bean
    BulletinStore bulletinStore(ReactiveMongoTemplate mongo) {
        BulletinStore store = new BulletinStore(mongo);
        // not awaited: the service starts while MongoDB is still coming up, and creating an index twice is harmless
        store.ensureIndexes().subscribe(null, failure -> LoggerFactory.getLogger(BulletinsConfiguration.class)
                .warn("could not create the bulletin indexes: {}", failure.toString()));
        return store;
    }

    @Bean
    BulletinIssuing bulletinIssuing(Summaries summaries, Bulletins bulletins, ReportHeaders headers,
            RegionRegistry regions, RegionAccess access, Clock clock) {
        return new BulletinIssuing(summaries, bulletins, new BulletinHeaders(headers), regions, access, clock);
    }

    /** What the instructions feature reads of bulletins (its port, so it depends on no bulletin class). */
    @Bean
    BulletinIssues bulletinIssues(Bulletins bulletins) {
        return new IssuedBulletins(bulletins);
    }

    @Bean
    BulletinSchedule bulletinSchedule(BulletinIssuing issuing, Bulletins bulletins, BulletinProperties properties,
            RegionRegistry regions, Clock clock) {
        return new BulletinSchedule(issuing, bulletins, new WorkingDays(properties.holidays()), regions,
                properties.provinces(), clock);
    }

    @Bean
    PeriodicTask bulletinScheduleTask(BulletinSchedule schedule, BulletinProperties properties) {
        return new PeriodicTask("bulletin schedule", properties.interval(), schedule::run, schedule::run);
    }

    /** The analysis report's A4 PDF of the page, and the summary's sheets as a workbook. */
    @Bean
    BulletinDocuments bulletinDocuments(AnalysisPdf pdf) {
        return new BulletinDocuments() {
            @Override
            public byte[] pdf(String html) {
                return pdf.render(html);
            }

            @Override
            public byte[] xlsx(Summary summary) {
                return SummaryWorkbook.of(summary);
            }
        };
    }

    @Bean
    BulletinQueries bulletinQueries(Bulletins bulletins, ReportScope scope, RegionAccess access,
            AnalysisReport report, BulletinDocuments documents) {
        return new BulletinQueries(bulletins, scope, access, new BulletinPage(report), documents);
    }

    @Bean
    RouterFunction<ServerResponse> bulletinRoutes(BulletinIssuing issuing, BulletinQueries queries,
            RequestBodies bodies) {
        BulletinHandler handler = new BulletinHandler(issuing, queries, bodies);
        return SpringdocRouteBuilder.route()
                .POST("/api/v1/bulletins", handler::issue, BulletinApiDocs.issue())
                .GET("/api/v1/bulletins", handler::list, BulletinApiDocs.list())
                .GET("/api/v1/bulletins/{id}.html", handler::html, BulletinApiDocs.html())
                .GET("/api/v1/bulletins/{id}.pdf", handler::pdf, BulletinApiDocs.pdf())
                .GET("/api/v1/bulletins/{id}.xlsx", handler::xlsx, BulletinApiDocs.xlsx())
                .GET("/api/v1/bulletins/{id}", handler::get, BulletinApiDocs.get())
                .build();
    }

    @Bean
    AccessRules bulletinAccess() {
        return exchanges -> exchanges
                .pathMatchers("/api/v1/bulletins", "/api/v1/bulletins/**")
                .hasAuthority(Scopes.authority(Scopes.REPORTS_READ));
    }
}
