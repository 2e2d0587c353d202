package cn.huiyin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every Huiyin service shows once started on the chassis: it reaches Kafka and MongoDB, has
 * its probes and metrics tagged with its name on its management port (and not on its API port), its
 * OpenAPI and the event contract, and refuses its API without a token. A service's smoke test extends
 * this under its own test annotation.
 */
public abstract class ServiceSmokeContract {

    /** The API port. */
    @Autowired
    protected WebTestClient web;

    @LocalManagementPort
    protected int managementPort;

    /** The management port, where the actuator is. */
    protected WebTestClient management() {
        return ManagementClient.on(managementPort);
    }

    /** {@code spring.application.name} of the service under test. */
    protected abstract String serviceName();

    @Test
    void reachesKafkaAndMongo() {
        management().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
    }

    @Test
    void isReadyAndLive() {
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void keepsHealthAndMetricsOffItsApiPort() {
        web.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
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
        return management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
