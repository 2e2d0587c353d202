package cn.huiyin.monitoring.plans;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.plans.application.AdoptPlan;
import cn.huiyin.monitoring.plans.web.PlanApiDocs;
import cn.huiyin.monitoring.plans.web.PlanHandler;

import java.time.Clock;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** 一户一策: the assistance plan a household in monitoring adopts, which must cover every active risk. */
@Configuration(proxyBeanMethods = false)
class PlansConfiguration {

    @Bean
    AdoptPlan adoptPlan(RiskMonitor monitor, RegionAccess access) {
        return new AdoptPlan(monitor, access);
    }

    @Bean
    RouterFunction<ServerResponse> planRoutes(AdoptPlan adoption, RegionAccess access, RequestBodies bodies,
            Clock clock) {
        PlanHandler plans = new PlanHandler(adoption, access, bodies, clock);
        return SpringdocRouteBuilder.route()
                .POST("/api/v1/households/{householdId}/assistance-plan", plans::plan, PlanApiDocs.plan())
                .build();
    }
}
