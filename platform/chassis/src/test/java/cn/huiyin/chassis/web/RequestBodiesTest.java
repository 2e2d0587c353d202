package cn.huiyin.chassis.web;

import cn.huiyin.chassis.errors.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 17 §3: one answer names every bad field of a body, not only the first one Jackson met. */
class RequestBodiesTest {

    record Caller(String name, String phone) {
    }

    record Complaint(String content, Boolean urgent, Integer callers, List<String> categories, Caller caller) {
    }

    private final RequestBodies bodies = new RequestBodies(JsonMapper.shared());

    @Test
    void namesEveryWrongTypedAndUnknownFieldAndReadsTheRest() {
        Decoded<Complaint> decoded = bodies.decode(json("""
                {"content": 12345, "urgent": "maybe", "callers": "two", "categories": ["HOUSING"],
                 "caller": {"name": "李四", "phone": {"$ne": null}}, "shoeSize": 42, "$where": "sleep(1)"}
                """), Complaint.class);

        assertThat(decoded.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("content", "urgent", "callers", "caller.phone", "shoeSize", "$where");
        assertThat(decoded.errors()).filteredOn(e -> e.field().equals("shoeSize")).extracting(FieldError::message)
                .containsExactly("is not a field of this request");
        assertThat(decoded.value()).isEqualTo(new Complaint(null, null, null, List.of("HOUSING"),
                new Caller("李四", null)));
    }

    @Test
    void namesAWrongTypedListElementByItsIndexAndReadsItAsNull() {
        Decoded<Complaint> decoded = bodies.decode(json("""
                {"content": "漏水", "categories": ["HOUSING", 7, {"a": 1}, "WATER"]}
                """), Complaint.class);

        assertThat(decoded.errors()).extracting(FieldError::field)
                .containsExactly("categories[1]", "categories[2]");
        assertThat(decoded.value().categories()).containsExactly("HOUSING", null, null, "WATER");
    }

    @Test
    void readsAGoodBodyWithoutErrors() {
        Decoded<Complaint> decoded = bodies.decode(json("{\"content\": \"漏水\", \"urgent\": true}"), Complaint.class);

        assertThat(decoded.errors()).isEmpty();
        assertThat(decoded.value().content()).isEqualTo("漏水");
    }

    @Test
    void answersWithTheFirstFiftyOfABodyWithMoreBadFields() {
        StringBuilder body = new StringBuilder("{\"content\": \"x\"");
        for (int i = 0; i < 80; i++) {
            body.append(", \"extra").append(i).append("\": 1");
        }
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> bodies.decode(json(body + "}"), Complaint.class));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.errors()).hasSize(RequestBodies.MAX_ERRORS);
    }

    @Test
    void refusesABodyThatIsNotAnObjectAsTheBody() {
        assertThatThrownBy(() -> bodies.decode(json("[1, 2]"), Complaint.class))
                .isInstanceOf(ServerWebInputException.class);
    }

    @Test
    void mergesTheDecodingErrorsWithTheValidationOfTheRestNamingEachFieldOnce() {
        Decoded<Complaint> decoded = bodies.decode(json("""
                {"content": 12345, "caller": "李四", "categories": [], "extra": true}
                """), Complaint.class);

        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> decoded.validated(complaintValidation()));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        // content and caller.phone are "required" because they were left out: named once, for their type
        assertThat(problem.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("content", "caller", "extra", "categories", "urgent");
        assertThat(problem.errors()).filteredOn(e -> e.field().equals("content")).extracting(FieldError::message)
                .containsExactly("has the wrong type or format");
    }

    @Test
    void answersTheDecodingErrorsAloneWhenTheRestIsValid() {
        Decoded<Complaint> decoded = bodies.decode(json("""
                {"content": "漏水", "urgent": false, "categories": ["HOUSING", 5], "caller": {"phone": "13800138000"}}
                """), Complaint.class);

        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> decoded.validated(complaintValidation()));

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("categories[1]");
    }

    @Test
    void returnsWhatTheValidationReturnsForAGoodBody() {
        Decoded<Complaint> decoded = bodies.decode(json("""
                {"content": "漏水", "urgent": false, "categories": ["HOUSING"], "caller": {"phone": "13800138000"}}
                """), Complaint.class);

        assertThat(decoded.validated(complaintValidation())).isEqualTo("漏水");
    }

    @Test
    void passesOtherProblemsOfTheValidationThroughUnchanged() {
        Decoded<Complaint> decoded = bodies.decode(json("{\"content\": 1, \"urgent\": 2}"), Complaint.class);
        for (ProblemException other : List.of(
                new ProblemException(HttpStatus.FORBIDDEN, "Forbidden", "not yours"),
                ProblemException.notFound("case c-1"),
                ProblemException.conflict("the case was changed"))) {
            assertThatThrownBy(() -> decoded.validated(body -> {
                throw other;
            })).isSameAs(other);
        }
    }

    @Test
    void answersTheDecodingErrorsWhenTheValidationCannotTakeWhatWasLeftOut() {
        Decoded<Complaint> decoded = bodies.decode(json("{\"content\": 1, \"caller\": 2}"), Complaint.class);

        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> decoded.validated(body -> body.caller().phone().strip()));

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("content", "caller");
    }

    @Test
    void readsTheRequestBodyThroughTheCodecs() {
        Decoded<Complaint> decoded = bodies.decode(request(MediaType.APPLICATION_JSON, "{\"content\": 1, \"x\": 2}"),
                Complaint.class).block();

        assertThat(decoded.errors()).extracting(FieldError::field).containsExactly("content", "x");
    }

    @Test
    void leavesAnEmptyOrNullBodyToTheEndpoint() {
        ServerRequest empty = ServerRequest.create(MockServerWebExchange.from(MockServerHttpRequest
                .post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).build()),
                HandlerStrategies.withDefaults().messageReaders());
        assertThat(bodies.decode(empty, Complaint.class).blockOptional()).isEmpty();
        assertThat(bodies.decode(request(MediaType.APPLICATION_JSON, "null"), Complaint.class).blockOptional())
                .isEmpty();
    }

    @Test
    void refusesABodyOfAnotherTypeWith415() {
        assertThatThrownBy(() -> bodies.decode(request(MediaType.TEXT_PLAIN, "{\"content\": \"x\"}"), Complaint.class)
                .block()).isInstanceOf(UnsupportedMediaTypeStatusException.class);
    }

    /** Requires content, urgent, at least one category and the caller's phone. */
    private static Function<Complaint, String> complaintValidation() {
        return body -> {
            FieldErrors errors = new FieldErrors().require("content", body.content()).require("urgent", body.urgent());
            errors.check("categories", body.categories() == null || !body.categories().isEmpty(),
                    "must name at least one category");
            errors.require("caller.phone", body.caller() == null ? null : body.caller().phone());
            errors.throwIfAny();
            return body.content();
        };
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private static ServerRequest request(MediaType type, String body) {
        return ServerRequest.create(MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/complaints")
                .contentType(type).body(body)), HandlerStrategies.withDefaults().messageReaders());
    }
}
