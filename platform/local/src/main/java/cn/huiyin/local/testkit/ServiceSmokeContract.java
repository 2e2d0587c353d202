package cn.huiyin.local.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every Huiyin service shows once started on the chassis: it reaches Kafka and MongoDB, has
 * its probes, metrics tagged with its name, its OpenAPI and the event contract, and refuses its API
 * without a token. A service's smoke test extends this under its own test annotation.
 */
public abstract class ServiceSmokeContract {

    @Autowired
    protected WebTestClient web;

    /** {@code spring.application.name} of the service under test. */
    protected abstract String serviceName();

    @Test
    void reachesKafkaAndMongo() {
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
    }

    @Test
    void isReadyAndLive() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void publishesMetricsTaggedWithItsName() {
        assertThat(scrape()).contains("application=\"" + serviceName() + "\"");
    }

    @Test
    void servesItsOpenApiAndTheEventContract() {
        web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo("Huiyin " + serviceName());
        web.get().uri("/asyncapi.yaml").exchange().expectStatus().isOk();
    }

    @Test
    void refusesItsApiWithoutAToken() {
        web.get().uri("/api/v1/anything").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    protected String scrape() {
        return web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
