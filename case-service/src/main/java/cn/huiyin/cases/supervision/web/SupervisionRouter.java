package cn.huiyin.cases.supervision.web;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The supervisory part of the case API (DESIGN.md section 6), each route with its OpenAPI description. */
public final class SupervisionRouter {

    private SupervisionRouter() {
    }

    public static RouterFunction<ServerResponse> routes(SupervisionHandler supervision) {
        return SpringdocRouteBuilder.route()
                .POST("/api/v1/cases/{caseId}/assignment", supervision::assign, SupervisionApiDocs.assignment())
                .POST("/api/v1/cases/{caseId}/review", supervision::review, SupervisionApiDocs.review())
                .POST("/api/v1/cases/{caseId}/urges", supervision::urge, SupervisionApiDocs.urge())
                .POST("/api/v1/cases/{caseId}/key-case", supervision::keyCase, SupervisionApiDocs.keyCase())
                .build();
    }
}
