package cn.huiyin.monitoring.clearing;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.clearing.application.EliminateRisk;
import cn.huiyin.monitoring.clearing.web.ClearingApiDocs;
import cn.huiyin.monitoring.clearing.web.ClearingHandler;
import cn.huiyin.monitoring.households.application.RiskMonitor;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** 风险消除 as a use case and its route, on the rules {@link ClearingConfiguration} declares. */
@Configuration(proxyBeanMethods = false)
class EliminationConfiguration {

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
