package cn.huiyin.chassis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import reactor.core.Exceptions;

import tools.jackson.databind.json.JsonMapper;

/** What MongoDB could not take is answered 503 with Retry-After, never 500 and never 2xx; a conflict stays 409. */
class StoreUnavailableTest {

    final ProblemExceptionHandler handler = new ProblemExceptionHandler(new ProblemResponses(JsonMapper.builder().build()));

    @Test
    void answersAnUnreachableStoreWith503AndRetryAfter() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/calls"));

        handler.handle(exchange, new DataAccessResourceFailureException("Timed out while waiting for a server",
                new MongoTimeoutException("Timed out after 5000 ms while waiting for a server"))).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(exchange.getResponse().getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("nothing was saved");
    }

    @Test
    void answersTheDriversOwnTimeoutWith503() {
        ProblemException problem = handler.toProblem(new MongoTimeoutException("no server"));

        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void answersTwoStoreCommandsFailingSideBySideWith503NotA500() {
        Throwable both = Exceptions.multiple(new DataAccessResourceFailureException("sending the insert"),
                new DataAccessResourceFailureException("sending the update"));

        ProblemException problem = handler.toProblem(both);

        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void keepsAStaleWriteA409() {
        ProblemException problem = handler.toProblem(new OptimisticLockingFailureException("version 3 expected"));

        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.retryAfter()).isNull();
    }
}
