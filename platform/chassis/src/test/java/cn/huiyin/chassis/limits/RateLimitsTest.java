package cn.huiyin.chassis.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.local.testkit.HuiyinServiceTest;
import cn.huiyin.local.testkit.Tokens;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Each client has its own bucket: over its rate it gets 429 with Retry-After; others and the probes do not. */
@HuiyinServiceTest(classes = SampleApplication.class, properties = {
    "huiyin.rate-limit.enabled=true",
    "huiyin.rate-limit.requests-per-second=1",
    "huiyin.rate-limit.burst=3",
    "huiyin.rate-limit.clients.callback-desk.requests-per-second=1000",
    "huiyin.rate-limit.clients.callback-desk.burst=1000"})
class RateLimitsTest {

    @Autowired
    WebTestClient web;

    HttpStatus list(String client) {
        return HttpStatus.valueOf(web.get().uri("/api/v1/reminders/unknown-case")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").subject(client).bearer())
                .exchange().returnResult(String.class).getStatus().value());
    }

    @Test
    void answers429WithRetryAfterOnceAClientHasUsedItsBurst() {
        for (int i = 0; i < 3; i++) {
            assertThat(list("county-weining")).as("request %d of the burst", i + 1).isEqualTo(HttpStatus.NOT_FOUND);
        }

        web.get().uri("/api/v1/reminders/unknown-case")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").subject("county-weining").bearer())
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType("application/problem+json")
                .expectHeader().value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2))
                .expectBody().jsonPath("$.status").isEqualTo(429);
        await("the bucket refills").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
                .until(() -> list("county-weining") == HttpStatus.NOT_FOUND);
    }

    @Test
    void limitsEachClientOnItsOwn() {
        for (int i = 0; i < 5; i++) {
            list("county-hezhang");
        }
        assertThat(list("county-hezhang")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        assertThat(list("county-nayong")).as("another client").isEqualTo(HttpStatus.NOT_FOUND);
        for (int i = 0; i < 20; i++) {
            assertThat(list("callback-desk")).as("a client with its own, higher limit").isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void neverLimitsTheProbes() {
        for (int i = 0; i < 10; i++) {
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        }
    }
}
