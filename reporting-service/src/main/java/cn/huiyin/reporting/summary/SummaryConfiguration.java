package cn.huiyin.reporting.summary;

import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.summary.application.ReportBuckets;
import cn.huiyin.reporting.summary.application.ReportGauges;
import cn.huiyin.reporting.summary.application.ReportScope;
import cn.huiyin.reporting.summary.application.Summaries;
import cn.huiyin.reporting.summary.application.SummaryService;
import cn.huiyin.reporting.summary.model.LeagueWeights;
import cn.huiyin.reporting.summary.infrastructure.BucketStore;
import cn.huiyin.reporting.summary.web.ReportApiDocs;
import cn.huiyin.reporting.summary.web.SummaryHandler;

import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The report's figures: the service computing them for every format from the buckets the read model wrote, the
 * business gauges, and the JSON route.
 */
@Configuration(proxyBeanMethods = false)
class SummaryConfiguration {

    @Bean
    ReportBuckets reportBuckets(ReactiveMongoTemplate mongo) {
        return new BucketStore(mongo);
    }

    @Bean
    ReportScope reportScope(RegionRegistry regions, RegionAccess access) {
        return new ReportScope(regions, access);
    }

    @Bean
    SummaryService summaries(ReportBuckets buckets, RegionRegistry regions, ReportScope scope,
            @Value("${huiyin.reporting.league.weights.response:0.2}") double response,
            @Value("${huiyin.reporting.league.weights.resolution:0.4}") double resolution,
            @Value("${huiyin.reporting.league.weights.satisfaction:0.4}") double satisfaction) {
        return new SummaryService(buckets, regions, scope, new LeagueWeights(response, resolution, satisfaction));
    }

    @Bean
    PeriodicTask reportGauges(ReportBuckets buckets, Summaries summaries, MeterRegistry meters, Clock clock,
            @Value("${huiyin.reporting.gauge-interval:60s}") Duration interval) {
        ReportGauges gauges = new ReportGauges(buckets, summaries, meters, clock);
        return new PeriodicTask("report gauges", interval, gauges::refresh);
    }

    @Bean
    RouterFunction<ServerResponse> summaryRoutes(Summaries summaries) {
        SummaryHandler handler = new SummaryHandler(summaries);
        return SpringdocRouteBuilder.route()
                .GET("/api/v1/reports/summary", handler::summary, ReportApiDocs.summary())
                .build();
    }

    /** One rule for every report route: the summary, the HTML analysis and the ledger export. */
    @Bean
    AccessRules reportAccess() {
        return exchanges -> exchanges
                .pathMatchers("/api/v1/reports/**", "/reports/**").hasAuthority(Scopes.authority(Scopes.REPORTS_READ));
    }
}
