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
        String scrape = web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("application=\"chassis-test\"");
        assertThat(scrape).contains("huiyin_outbox_backlog");
    }
}
