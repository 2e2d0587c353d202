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
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.context.annotation.Configuration;

/** The data-quality checks (四个一致), which have no settings of their own, and their route. */
@Configuration(proxyBeanMethods = false)
public class QualityConfiguration {

    @Bean
    DataQualityChecks dataQualityChecks() {
        return new DataQualityChecks();
    }

    @Bean
    RouterFunction<ServerResponse> qualityRoutes(Households households, KnownSignals signals, RiskMonitor monitor,
            DataQualityChecks checks, RegionAccess access, RegionRegistry regions) {
        DataQualityHandler handler = new DataQualityHandler(new QualityReview(households, signals, monitor, checks),
                access, regions);
        return SpringdocRouteBuilder.route()
                .GET("/api/v1/data-quality", handler::issues, DataQualityApiDocs.issues())
                .build();
    }
}
