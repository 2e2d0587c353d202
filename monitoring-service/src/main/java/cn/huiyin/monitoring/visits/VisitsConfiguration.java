package cn.huiyin.monitoring.visits;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.visits.application.HelperVisits;
import cn.huiyin.monitoring.visits.infrastructure.VisitStore;
import cn.huiyin.monitoring.visits.web.VisitApiDocs;
import cn.huiyin.monitoring.visits.web.VisitHandler;
import cn.huiyin.regions.RegionRegistry;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Helpers' visits and contacts (seed 003) and the overdue lists per household, helper and assisting unit. */
@Configuration(proxyBeanMethods = false)
class VisitsConfiguration {

    @Bean
    VisitStore visitStore(ReactiveMongoTemplate mongo) {
        return new VisitStore(mongo);
    }

    @Bean
    HelperVisits helperVisits(Households households, VisitStore visits, RiskMonitor monitor, RegionAccess access) {
        return new HelperVisits(households, visits, monitor, access);
    }

    @Bean
    RouterFunction<ServerResponse> visitRoutes(HelperVisits visits, RiskMonitor monitor, RegionAccess access,
            RegionRegistry regions, RequestBodies bodies) {
        VisitHandler handler = new VisitHandler(visits, monitor, access, regions, bodies);
        return SpringdocRouteBuilder.route()
                .POST("/api/v1/households/{householdId}/visits", handler::record, VisitApiDocs.record())
                .GET("/api/v1/visits/overdue", handler::overdue, VisitApiDocs.overdue())
                .build();
    }
}
