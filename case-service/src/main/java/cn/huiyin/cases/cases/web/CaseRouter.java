package cn.huiyin.cases.cases.web;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The case API of DESIGN.md section 6; each route with its OpenAPI description ({@link CaseApiDocs}). */
public final class CaseRouter {

    private CaseRouter() {
    }

    public static RouterFunction<ServerResponse> routes(CaseQueryHandler queries, CaseActionHandler actions) {
        return SpringdocRouteBuilder.route()
                .GET("/api/v1/cases/by-tracking/{trackingNumber}", queries::byTrackingNumber, CaseApiDocs.byTracking())
                .GET("/api/v1/cases/{caseId}", queries::find, CaseApiDocs.find())
                .GET("/api/v1/cases", queries::list, CaseApiDocs.list())
                .GET("/api/v1/callbacks/due", queries::callbacksDue, CaseApiDocs.callbacksDue())
                .POST("/api/v1/cases/{caseId}/assignment", actions::assign, CaseApiDocs.assignment())
                .POST("/api/v1/cases/{caseId}/acceptance", actions::accept, CaseApiDocs.acceptance())
                .POST("/api/v1/cases/{caseId}/verification", actions::verify, CaseApiDocs.verification())
                .POST("/api/v1/cases/{caseId}/review", actions::review, CaseApiDocs.review())
                .POST("/api/v1/cases/{caseId}/callbacks", actions::callback, CaseApiDocs.callback())
                .POST("/api/v1/cases/{caseId}/urges", actions::urge, CaseApiDocs.urge())
                .POST("/api/v1/cases/{caseId}/key-case", actions::keyCase, CaseApiDocs.keyCase())
                .build();
    }
}
