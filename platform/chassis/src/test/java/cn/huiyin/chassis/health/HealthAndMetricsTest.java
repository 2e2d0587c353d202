package cn.huiyin.chassis.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.ManagementClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the management port shows (ManagementPortTest: that it is the only one that does). */
@HuiyinServiceTest(classes = SampleApplication.class)
class HealthAndMetricsTest {

    @LocalManagementPort
    int managementPort;

    @Autowired
    WebTestClient api;

    WebTestClient management;

    @BeforeEach
    void onTheManagementPort() {
        management = ManagementClient.on(managementPort);
    }

    @Test
    void reportsMongoAndKafkaUp() {
        management.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
    }

    @Test
    void exposesLivenessAndReadinessProbes() {
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka").doesNotExist();
    }

    @Test
    void tagsEveryMetricWithTheApplication() {
        api.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        String scrape = management.get().uri("/actuator/prometheus").exchange()
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
