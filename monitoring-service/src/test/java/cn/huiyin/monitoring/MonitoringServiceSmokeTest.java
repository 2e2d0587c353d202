package cn.huiyin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.monitoring.support.MonitoringServiceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The service starts on the chassis, reaches Kafka and MongoDB, and shows its documents and metrics. */
@MonitoringServiceTest
class MonitoringServiceSmokeTest {

    @Autowired
    WebTestClient web;

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
        String scrape = web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("application=\"monitoring-service\"")
                .contains("huiyin_households_identification_overdue").contains("huiyin_warnings_unmatched");
    }

    @Test
    void servesItsOpenApiAndTheEventContract() {
        web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo("Huiyin monitoring-service");
        web.get().uri("/asyncapi.yaml").exchange().expectStatus().isOk();
    }

    @Test
    void refusesItsApiWithoutAToken() {
        web.get().uri("/api/v1/anything").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }
}
