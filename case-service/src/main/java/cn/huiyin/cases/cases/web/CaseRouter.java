package cn.huiyin.cases.cases.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The case API of DESIGN.md section 6. */
public final class CaseRouter {

    private CaseRouter() {
    }

    public static RouterFunction<ServerResponse> routes(CaseQueryHandler queries, CaseActionHandler actions) {
        return route(GET("/api/v1/cases/by-tracking/{trackingNumber}"), queries::byTrackingNumber)
                .andRoute(GET("/api/v1/cases/{caseId}"), queries::find)
                .andRoute(GET("/api/v1/cases"), queries::list)
                .andRoute(GET("/api/v1/callbacks/due"), queries::callbacksDue)
                .andRoute(POST("/api/v1/cases/{caseId}/assignment"), actions::assign)
                .andRoute(POST("/api/v1/cases/{caseId}/acceptance"), actions::accept)
                .andRoute(POST("/api/v1/cases/{caseId}/verification"), actions::verify)
                .andRoute(POST("/api/v1/cases/{caseId}/review"), actions::review)
                .andRoute(POST("/api/v1/cases/{caseId}/callbacks"), actions::callback)
                .andRoute(POST("/api/v1/cases/{caseId}/urges"), actions::urge)
                .andRoute(POST("/api/v1/cases/{caseId}/key-case"), actions::keyCase);
    }
}
