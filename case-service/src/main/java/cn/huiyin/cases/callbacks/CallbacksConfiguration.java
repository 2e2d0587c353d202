package cn.huiyin.cases.callbacks;

import cn.huiyin.cases.callbacks.application.CallbackWorkList;
import cn.huiyin.cases.callbacks.application.RecordCallback;
import cn.huiyin.cases.callbacks.web.CallbackHandler;
import cn.huiyin.cases.callbacks.web.CallbackRouter;
import cn.huiyin.cases.cases.application.CaseChanges;
import cn.huiyin.cases.cases.application.CasePolicies;
import cn.huiyin.cases.cases.application.CaseQueries;
import cn.huiyin.cases.cases.web.CaseActionExchange;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Callbacks to the citizen (回访): the desk's work list and what it records. */
@Configuration(proxyBeanMethods = false)
class CallbacksConfiguration {

    @Bean
    RecordCallback recordCallback(CaseChanges changes, CasePolicies policies) {
        return new RecordCallback(changes, policies);
    }

    @Bean
    CallbackWorkList callbackWorkList(CaseQueries queries, Clock clock) {
        return new CallbackWorkList(queries, clock);
    }

    @Bean
    RouterFunction<ServerResponse> callbackRoutes(RecordCallback callbacks, CallbackWorkList workList,
            CaseQueries queries, RegionAccess access, CaseActionExchange exchange, Clock clock) {
        return CallbackRouter.routes(new CallbackHandler(callbacks, workList, queries, access, exchange, clock));
    }

    /** Before the case rules: a callback is posted under /api/v1/cases/**, whose other posts need cases:write. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AccessRules callbackAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/*/callbacks")
                .hasAuthority(Scopes.authority(Scopes.CALLBACKS_WRITE))
                .pathMatchers(HttpMethod.GET, "/api/v1/callbacks/**")
                .hasAuthority(Scopes.authority(Scopes.CASES_READ));
    }
}
