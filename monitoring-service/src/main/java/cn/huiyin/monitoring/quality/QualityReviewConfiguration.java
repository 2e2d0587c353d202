package cn.huiyin.monitoring.quality;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.application.KnownSignals;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.quality.application.QualityReview;
import cn.huiyin.monitoring.quality.web.DataQualityApiDocs;
import cn.huiyin.monitoring.quality.web.DataQualityHandler;
import cn.huiyin.regions.RegionRegistry;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The review of a region's households against the data-quality checks, and its route. */
@Configuration(proxyBeanMethods = false)
class QualityReviewConfiguration {

    @Bean
    QualityReview qualityReview(Households households, KnownSignals signals, RiskMonitor monitor,
            DataQualityChecks checks) {
        return new QualityReview(households, signals, monitor, checks);
    }

    @Bean
    RouterFunction<ServerResponse> qualityRoutes(QualityReview review, RegionAccess access, RegionRegistry regions) {
        DataQualityHandler handler = new DataQualityHandler(review, access, regions);
        return SpringdocRouteBuilder.route()
                .GET("/api/v1/data-quality", handler::issues, DataQualityApiDocs.issues())
                .build();
    }
}
