package cn.huiyin.cases.cases.web;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The case API of DESIGN.md section 6: the reads and the county's actions; each route with its OpenAPI description
 * ({@link CaseApiDocs}). Callbacks and supervision route their own actions on a case.
 */
public final class CaseRouter {

    private CaseRouter() {
    }

    public static RouterFunction<ServerResponse> routes(CaseQueryHandler queries, CaseActionHandler actions) {
        return SpringdocRouteBuilder.route()
                .GET("/api/v1/cases/by-tracking/{trackingNumber}", queries::byTrackingNumber, CaseApiDocs.byTracking())
                .GET("/api/v1/cases/{caseId}", queries::find, CaseApiDocs.find())
                .GET("/api/v1/cases", queries::list, CaseApiDocs.list())
                .POST("/api/v1/cases/{caseId}/acceptance", actions::accept, CaseApiDocs.acceptance())
                .POST("/api/v1/cases/{caseId}/verification", actions::verify, CaseApiDocs.verification())
                .build();
    }
}
