package cn.huiyin.chassis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.chassis.errors.Conflict;
import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.errors.RuleViolation;
import cn.huiyin.chassis.errors.Unavailable;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class DomainRefusalsTest {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler(null);

    @Test
    void eachKindOfRefusalIsAnsweredWithItsStatusAndKeepsItsDetail() {
        assertThat(handler.toProblem(new NotFound("household 5205")))
                .satisfies(p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND))
                .satisfies(p -> assertThat(p.getMessage()).isEqualTo("household 5205 was not found"));
        assertThat(handler.toProblem(new Conflict("case C1 is closed")).status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(handler.toProblem(new NotPermitted("only the city office")).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ProblemException unavailable = handler.toProblem(new Unavailable("later", Duration.ofSeconds(7)));
        assertThat(unavailable.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aRuleViolationNamesEveryBlockingRuleAndItsOwnTitle() {
        List<FieldError> rules = List.of(new FieldError("STILL_IN_SCHOOL", "a child is in school"),
                new FieldError("RISK_ACTIVE", "a factor is at MEDIUM"));
        ProblemException problem = handler.toProblem(
                new RuleViolation("Risk cannot be eliminated yet", "2 rules block it", rules));
        assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problem.title()).isEqualTo("Risk cannot be eliminated yet");
        assertThat(problem.errors()).isEqualTo(rules);
    }

    @Test
    void anInvalidInputNamesItsFieldsAndMustNameOne() {
        ProblemException problem = handler.toProblem(new InvalidInput("status", "is changed by the acts"));
        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.errors()).containsExactly(new FieldError("status", "is changed by the acts"));
        assertThatThrownBy(() -> new InvalidInput(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
