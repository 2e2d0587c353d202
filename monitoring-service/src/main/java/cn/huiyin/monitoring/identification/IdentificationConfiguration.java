package cn.huiyin.monitoring.identification;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.identification.application.IdentificationQueue;
import cn.huiyin.monitoring.identification.web.IdentificationApiDocs;
import cn.huiyin.monitoring.identification.web.IdentificationHandler;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.regions.RegionRegistry;

import java.time.Duration;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** 应纳尽纳: the identification queue, its limit ({@code huiyin.monitoring.identification-limit}) and the decisions. */
@Configuration(proxyBeanMethods = false)
class IdentificationConfiguration {

    @Bean
    IdentificationQueue identificationQueue(Households households, SignalStore signals, RiskMonitor monitor,
            RegionAccess access, @Value("${huiyin.monitoring.identification-limit:15d}") Duration identificationLimit) {
        return new IdentificationQueue(households, signals, monitor, access, identificationLimit);
    }

    @Bean
    RouterFunction<ServerResponse> identificationRoutes(IdentificationQueue queue, RegionAccess access,
            RegionRegistry regions, RequestBodies bodies) {
        IdentificationHandler handler = new IdentificationHandler(queue, access, regions, bodies);
        return SpringdocRouteBuilder.route()
                .POST("/api/v1/households/{householdId}/identification", handler::decide,
                        IdentificationApiDocs.decide())
                .GET("/api/v1/warnings/unmatched", handler::unmatchedWarnings,
                        IdentificationApiDocs.unmatchedWarnings())
                .GET("/api/v1/identification-queue", handler::queue, IdentificationApiDocs.queue())
                .build();
    }
}
