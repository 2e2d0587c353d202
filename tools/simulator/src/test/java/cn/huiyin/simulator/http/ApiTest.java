package cn.huiyin.simulator.http;

import static cn.huiyin.simulator.http.StandInService.LOSE_THE_ANSWER;
import static cn.huiyin.simulator.http.StandInService.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulated clients against a service that is down, restarting or overloaded: they wait and try again
 * as real clients would, within their patience, and never do a write twice.
 */
class ApiTest {

    static final String RECEIPT = "{\"trackingNumber\":\"HY520526-20200305-000001\"}";
    static final Backoff NINETY_SECONDS = Backoff.patience(Duration.ofSeconds(90));

    final TestClock clock = new TestClock();

    @Test
    void waitsForAServiceThatRefusesConnectionsUntilItHasStarted() {
        try (StandInService intake = StandInService.notYetStarted(n -> json(201, RECEIPT))) {
            clock.onWait(4, intake::start);
            Api api = new Api(NINETY_SECONDS, clock);

            Api.Answer answer = api.post(intake.uri("/api/v1/calls"), "token", Map.of("externalId", "e-1"),
                    IfAnswerLost.resend());

            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body().path("trackingNumber").asString()).isEqualTo("HY520526-20200305-000001");
            assertThat(intake.requests()).containsExactly("POST /api/v1/calls");
            assertThat(clock.waits()).hasSize(4);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 502, 503, 504})
    void triesAgainWhileTheServiceAnswersThatItCannotServeNow(int status) {
        try (StandInService cases = StandInService.started(n -> n <= 3 ? json(status, "") : json(200, "{}"))) {
            Api api = new Api(NINETY_SECONDS, clock);

            Api.Answer answer = api.get(cases.uri("/api/v1/cases/c-1"), "token");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.retried()).isTrue();
            assertThat(cases.requests()).hasSize(4);
        }
    }

    @Test
    void waitsAtLeastAsLongAsRetryAfterSays() {
        try (StandInService cases = StandInService.started(n -> n == 1 ? json(503, "") : json(200, "{}"))) {
            new Api(NINETY_SECONDS, clock).get(cases.uri("/api/v1/cases/c-1"), "token");

            assertThat(clock.waits()).singleElement().isEqualTo(1_000L);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500})
    void handsBackAnAnswerThatTryingAgainWouldNotChange(int status) {
        String problem = "{\"detail\":\"no\",\"errors\":[{\"field\":\"at\"}]}";
        try (StandInService cases = StandInService.started(n -> json(status, problem))) {
            Api api = new Api(NINETY_SECONDS, clock);

            Api.Answer answer = api.post(cases.uri("/api/v1/cases/c-1/acceptance"), "token", Map.of(),
                    IfAnswerLost.resend());

            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.retried()).isFalse();
            assertThat(cases.requests()).hasSize(1);
            assertThat(clock.waits()).isEmpty();
        }
    }

    @Test
    void givesUpWhenTheServiceStaysDownLongerThanItsPatience() {
        try (StandInService gone = StandInService.notYetStarted(n -> json(200, "{}"))) {
            Api api = new Api(NINETY_SECONDS, clock);

            assertThatThrownBy(() -> api.get(gone.uri("/api/v1/cases/c-1"), "token"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GET /api/v1/cases/c-1 failed")
                    .hasMessageContaining("ConnectException");
            assertThat(clock.waitedMillis()).isBetween(85_000L, 90_000L);
            assertThat(clock.waits()).allSatisfy(wait -> assertThat(wait).isBetween(100L, 5_000L));
        }
    }

    @Test
    void doesNotSendAWriteAgainWhenAReadShowsTheLostOneTookEffect() {
        try (StandInService cases = StandInService.started(n -> n == 1 ? LOSE_THE_ANSWER
                : json(200, "{\"state\":\"INVESTIGATING\"}"))) {
            Api api = new Api(NINETY_SECONDS, clock);

            Api.Answer answer = api.post(cases.uri("/api/v1/cases/c-1/acceptance"), "token", Map.of(),
                    () -> Optional.of(api.get(cases.uri("/api/v1/cases/c-1"), "token")));

            assertThat(answer.body().path("state").asString()).isEqualTo("INVESTIGATING");
            assertThat(answer.retried()).isTrue();
            assertThat(cases.requests()).containsExactly("POST /api/v1/cases/c-1/acceptance", "GET /api/v1/cases/c-1");
        }
    }

    @Test
    void sendsAWriteAgainWhenAReadShowsTheLostOneDidNotTakeEffect() {
        try (StandInService cases = StandInService.started(n -> n == 1 ? LOSE_THE_ANSWER : json(200, "{}"))) {
            Api api = new Api(NINETY_SECONDS, clock);

            Api.Answer answer = api.post(cases.uri("/api/v1/cases/c-1/callbacks"), "token", Map.of(),
                    Optional::empty);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(cases.requestsOf("POST")).isEqualTo(2);
        }
    }

    @Test
    void doesNotSendAWriteThatIsNotIdempotentAgainAfterItsAnswerWasLost() {
        try (StandInService monitoring = StandInService.started(n -> n == 1 ? LOSE_THE_ANSWER : json(201, "{}"))) {
            Api api = new Api(NINETY_SECONDS, clock);

            assertThatThrownBy(() -> api.post(monitoring.uri("/api/v1/warnings"), "token", Map.of(),
                    IfAnswerLost.giveUp("the warnings")))
                    .hasMessageContaining("the warnings: its answer was lost");
            assertThat(monitoring.requests()).containsExactly("POST /api/v1/warnings");
        }
    }

    @Test
    void sendsEvenAWriteThatIsNotIdempotentAgainWhenNothingWasStored() {
        try (StandInService monitoring = StandInService.started(n -> n == 1 ? json(503, "") : json(201, "{}"))) {
            Api api = new Api(NINETY_SECONDS, clock);

            Api.Answer answer = api.post(monitoring.uri("/api/v1/warnings"), "token", Map.of(),
                    IfAnswerLost.giveUp("the warnings"));

            assertThat(answer.status()).isEqualTo(201);
            assertThat(monitoring.requestsOf("POST")).isEqualTo(2);
        }
    }

    @Test
    void ridesOutAMinuteAndAHalfOfOutageByDefault() {
        assertThat(new Api().patience()).isGreaterThanOrEqualTo(Duration.ofSeconds(90));
    }
}
