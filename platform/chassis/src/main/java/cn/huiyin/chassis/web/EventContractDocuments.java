package cn.huiyin.chassis.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The AsyncAPI document and the JSON Schemas of the events, as shipped in the contracts jar, so
 * department systems read the contract from any running service: {@code /asyncapi.yaml},
 * {@code /schemas/case-received.v1.schema.json}.
 */
final class EventContractDocuments {

    static final String ROOT = "cn/huiyin/events/";

    private EventContractDocuments() {
    }

    static RouterFunction<ServerResponse> routes() {
        ClassPathResource asyncApi = new ClassPathResource(ROOT + "asyncapi.yaml");
        return route(GET("/asyncapi.yaml"), request -> ServerResponse.ok()
                .contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .bodyValue(asyncApi))
                .and(RouterFunctions.resources("/schemas/**", new ClassPathResource(ROOT + "schemas/")));
    }
}
