package cn.huiyin.cases.supervision;

import cn.huiyin.cases.cases.application.CaseChanges;
import cn.huiyin.cases.cases.application.CasePolicies;
import cn.huiyin.cases.cases.application.Cases;
import cn.huiyin.cases.cases.web.CaseActionExchange;
import cn.huiyin.cases.routing.model.TransferRules;
import cn.huiyin.cases.supervision.application.CaseBacklog;
import cn.huiyin.cases.supervision.application.DeadlineWatch;
import cn.huiyin.cases.supervision.application.NameKeyCase;
import cn.huiyin.cases.supervision.application.Oversight;
import cn.huiyin.cases.supervision.application.ReviewReport;
import cn.huiyin.cases.supervision.application.TransferCase;
import cn.huiyin.cases.supervision.application.UrgeCase;
import cn.huiyin.cases.supervision.web.SupervisionHandler;
import cn.huiyin.cases.supervision.web.SupervisionRouter;
import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Supervision from above the county: transfer again, the city's review, urges and key cases ({@link Oversight} says
 * who may), the deadline watch and the open backlog.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionConfiguration {

    @Bean
    Oversight oversight(RegionAccess access) {
        return new Oversight(access);
    }

    @Bean
    TransferCase transferCase(Oversight oversight, CaseChanges changes, CasePolicies policies) {
        return new TransferCase(oversight, changes, policies);
    }

    @Bean
    ReviewReport reviewReport(Oversight oversight, CaseChanges changes, CasePolicies policies) {
        return new ReviewReport(oversight, changes, policies);
    }

    @Bean
    UrgeCase urgeCase(Oversight oversight, CaseChanges changes, Clock clock) {
        return new UrgeCase(oversight, changes, clock);
    }

    @Bean
    NameKeyCase nameKeyCase(Oversight oversight, CaseChanges changes, Clock clock) {
        return new NameKeyCase(oversight, changes, clock);
    }

    @Bean
    DeadlineWatch deadlineWatch(Cases cases, Clock clock) {
        return new DeadlineWatch(cases, clock);
    }

    @Bean
    PeriodicTask caseWatches(DeadlineWatch watch, Cases cases, MeterRegistry meters,
            @Value("${huiyin.cases.watch-interval:30s}") Duration interval) {
        CaseBacklog backlog = new CaseBacklog(cases, meters);
        return new PeriodicTask("deadline watch", interval, () -> watch.run().then(backlog.refresh()));
    }

    @Bean
    RouterFunction<ServerResponse> supervisionRoutes(TransferCase transfers, ReviewReport reviews, UrgeCase urges,
            NameKeyCase keyCases, TransferRules rules, RegionAccess access, CaseActionExchange exchange,
            Clock clock) {
        return SupervisionRouter.routes(new SupervisionHandler(transfers, reviews, urges, keyCases, rules, access,
                exchange, clock));
    }

    @Bean
    AccessRules supervisionAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/*/assignment", "/api/v1/cases/*/review",
                        "/api/v1/cases/*/urges", "/api/v1/cases/*/key-case")
                .hasAuthority(Scopes.authority(Scopes.CASES_WRITE));
    }
}
