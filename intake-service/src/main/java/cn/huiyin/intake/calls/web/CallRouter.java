package cn.huiyin.intake.calls.web;

import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The call API of DESIGN.md section 6 and the ledger of the tracking numbers it gives; each route with its OpenAPI
 * description ({@link CallApiDocs}).
 */
public final class CallRouter {

    private CallRouter() {
    }

    public static RouterFunction<ServerResponse> routes(CallHandler calls, BatchHandler batch, CallListHandler list,
            ContactHandler contact, ImportHandler imports, TrackingLedgerHandler ledger) {
        return SpringdocRouteBuilder.route()
                .POST("/api/v1/calls/batch", batch::create, CallApiDocs.batch())
                .POST("/api/v1/calls/import", imports::importCsv, CallApiDocs.importCsv())
                .POST("/api/v1/calls", calls::create, CallApiDocs.create())
                .GET("/api/v1/calls/{callId}/contact", contact::contact, CallApiDocs.contact())
                .GET("/api/v1/calls/{callId}", calls::find, CallApiDocs.find())
                .GET("/api/v1/calls", list::list, CallApiDocs.list())
                .GET("/api/v1/tracking-ledger/{countyCode}/{day}", ledger::ledger, CallApiDocs.ledger())
                .build();
    }
}
