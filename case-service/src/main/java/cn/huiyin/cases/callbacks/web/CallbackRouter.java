package cn.huiyin.cases.callbacks.web;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The callback desk's part of the case API (DESIGN.md section 6), each route with its OpenAPI description. */
public final class CallbackRouter {

    private CallbackRouter() {
    }

    public static RouterFunction<ServerResponse> routes(CallbackHandler callbacks) {
        return SpringdocRouteBuilder.route()
                .GET("/api/v1/callbacks/due", callbacks::due, CallbackApiDocs.callbacksDue())
                .POST("/api/v1/cases/{caseId}/callbacks", callbacks::callback, CallbackApiDocs.callback())
                .build();
    }
}
