package cn.huiyin.chassis.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.local.testkit.HuiyinServiceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@HuiyinServiceTest(classes = SampleApplication.class)
class HealthAndMetricsTest {

    @Autowired
    WebTestClient web;

    @Test
    void reportsMongoAndKafkaUp() {
        web.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
    }

    @Test
    void exposesLivenessAndReadinessProbes() {
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka").doesNotExist();
    }

    @Test
    void tagsEveryMetricWithTheApplication() {
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        String scrape = web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("application=\"chassis-test\"");
        assertThat(scrape).contains("huiyin_outbox_backlog");
        assertThat(scrape).as("every consumer binding's dead letters, from 0")
                .containsPattern("huiyin_events_dead_lettered_total\\{[^}]*group=\"chassis-test\"[^}]*topic=\"case-overdue\"");
        assertThat(scrape).as("latency buckets for percentiles")
                .containsPattern("http_server_requests_seconds_bucket\\{.*le=\"0\\.1\"");
    }
}
