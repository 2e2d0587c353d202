package cn.huiyin.monitoring.clearing;

import cn.huiyin.monitoring.households.risk.RiskRules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.clearing.application.EliminateRisk;
import cn.huiyin.monitoring.clearing.web.ClearingApiDocs;
import cn.huiyin.monitoring.clearing.web.ClearingHandler;
import cn.huiyin.monitoring.households.application.RiskMonitor;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the clearing rules from {@code huiyin.clearing.*}, sharing the monitoring lines and the medical
 * threshold of the {@link RiskRules} bean; invalid settings stop the service at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClearingProperties.class)
public class ClearingConfiguration {

    @Bean
    ClearingRules clearingRules(ClearingProperties properties, RiskRules riskRules) {
        return new ClearingRules(properties.stableMonths(), properties.visitMaxAgeMonths(), riskRules);
    }

    @Bean
    EliminateRisk eliminateRisk(RiskMonitor monitor, ClearingRules rules, RegionAccess access) {
        return new EliminateRisk(monitor, rules, access);
    }

    @Bean
    RouterFunction<ServerResponse> clearingRoutes(EliminateRisk elimination, RegionAccess access,
            RequestBodies bodies) {
        ClearingHandler handler = new ClearingHandler(elimination, access, bodies);
        return SpringdocRouteBuilder.route()
                .POST("/api/v1/households/{householdId}/risk-elimination", handler::eliminate,
                        ClearingApiDocs.eliminate())
                .build();
    }
}
