package cn.huiyin.chassis.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.ManagementClient;
import cn.huiyin.testkit.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Each client has its own bucket: over its rate it gets 429 with Retry-After; others and the probes do not.
 * The bucket refills one request a second, so each test sends more requests than a second can refill, however
 * slow the machine: no assertion depends on how fast the requests go.
 */
@HuiyinServiceTest(classes = SampleApplication.class, properties = {
    "huiyin.rate-limit.enabled=true",
    "huiyin.rate-limit.requests-per-second=1",
    "huiyin.rate-limit.burst=3",
    "huiyin.rate-limit.clients.callback-desk.requests-per-second=1000",
    "huiyin.rate-limit.clients.callback-desk.burst=1000"})
class RateLimitsTest {

    @Autowired
    WebTestClient web;

    @LocalManagementPort
    int managementPort;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    EntityExchangeResult<String> get(String bearer) {
        return web.get().uri("/api/v1/reminders/unknown-case").header("Authorization", bearer)
                .exchange().expectBody(String.class).returnResult();
    }

    List<EntityExchangeResult<String>> send(String client, int requests) {
        String bearer = Tokens.scopes("cases:read").subject(client).bearer();
        List<EntityExchangeResult<String>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            answers.add(get(bearer));
        }
        return answers;
    }

    static HttpStatus status(EntityExchangeResult<String> answer) {
        return HttpStatus.valueOf(answer.getStatus().value());
    }

    @Test
    void answers429WithRetryAfterOnceAClientHasUsedItsBurst() {
        List<EntityExchangeResult<String>> answers = send("county-weining", 30);

        assertThat(answers.subList(0, 3)).as("the burst").allMatch(a -> status(a) == HttpStatus.NOT_FOUND);
        EntityExchangeResult<String> refused = answers.stream()
                .filter(a -> status(a) == HttpStatus.TOO_MANY_REQUESTS).findFirst().orElseThrow();
        assertThat(refused.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(Integer.parseInt(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1, 2);
        assertThat(refused.getResponseBody()).contains("\"status\":429");
        String bearer = Tokens.scopes("cases:read").subject("county-weining").bearer();
        await("the bucket refills").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
                .until(() -> status(get(bearer)) == HttpStatus.NOT_FOUND);
    }

    @Test
    void countsRefusedRequestsWithoutNamingTheClientUnlessConfigured() {
        assertThat(send("county-qianxi", 30)).anyMatch(a -> status(a) == HttpStatus.TOO_MANY_REQUESTS);

        assertThat(meters.find("huiyin.http.rate.limited").counters()).isNotEmpty()
                .allSatisfy(counter -> assertThat(counter.getId().getTag("client")).isNull());
    }

    @Test
    void limitsEachClientOnItsOwn() {
        assertThat(send("county-hezhang", 30)).anyMatch(a -> status(a) == HttpStatus.TOO_MANY_REQUESTS);

        assertThat(status(send("county-nayong", 1).get(0))).as("another client").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("callback-desk", 30)).as("a client with its own, higher limit")
                .allMatch(a -> status(a) == HttpStatus.NOT_FOUND);
    }

    @Test
    void neverLimitsTheProbes() {
        WebTestClient management = ManagementClient.on(managementPort);
        for (int i = 0; i < 10; i++) {
            management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        }
    }
}
