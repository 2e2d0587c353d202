package cn.huiyin.intake.calls.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The call API of DESIGN.md section 6. */
public final class CallRouter {

    private CallRouter() {
    }

    public static RouterFunction<ServerResponse> routes(CallHandler calls, BatchHandler batch, CallListHandler list,
            ContactHandler contact, ImportHandler imports) {
        return route(POST("/api/v1/calls/batch"), batch::create)
                .andRoute(POST("/api/v1/calls/import"), imports::importCsv)
                .andRoute(POST("/api/v1/calls"), calls::create)
                .andRoute(GET("/api/v1/calls/{callId}/contact"), contact::contact)
                .andRoute(GET("/api/v1/calls/{callId}"), calls::find)
                .andRoute(GET("/api/v1/calls"), list::list);
    }
}
