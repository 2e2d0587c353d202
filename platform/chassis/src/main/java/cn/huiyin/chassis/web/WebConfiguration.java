package cn.huiyin.chassis.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import tools.jackson.databind.json.JsonMapper;

/** problem+json for every error, strict request bodies read past their bad fields, and the event contract documents of every service. */
@AutoConfiguration
public class WebConfiguration {

    @Bean
    ProblemResponses problemResponses(JsonMapper jsonMapper) {
        return new ProblemResponses(jsonMapper);
    }

    /** Ahead of Spring Boot's own handler (order -1), which would answer with its HTML/JSON error page. */
    @Bean
    @Order(-2)
    ProblemExceptionHandler problemExceptionHandler(ProblemResponses responses) {
        return new ProblemExceptionHandler(responses);
    }

    @Bean
    DeclaredBodyTypes declaredBodyTypes(ProblemResponses responses) {
        return new DeclaredBodyTypes(responses);
    }

    @Bean
    StrictRequestBodies strictRequestBodies(JsonMapper jsonMapper) {
        return new StrictRequestBodies(jsonMapper);
    }

    @Bean
    RequestBodies requestBodies(JsonMapper jsonMapper) {
        return new RequestBodies(jsonMapper);
    }

    @Bean
    RouterFunction<ServerResponse> eventContractDocuments() {
        return EventContractDocuments.routes();
    }
}
