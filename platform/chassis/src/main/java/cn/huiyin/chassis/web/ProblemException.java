package cn.huiyin.chassis.web;

import cn.huiyin.chassis.errors.FieldError;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. Thrown anywhere in a request, it becomes an
 * {@code application/problem+json} answer with this status, title and detail.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(HttpStatus status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, null);
    }

    private ProblemException(HttpStatus status, String title, String detail, List<FieldError> errors,
            Duration retryAfter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public ProblemException(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** When the client may try again ({@code Retry-After}), for 429 and 503; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** 400: the request names each field that is wrong. */
    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 404: also the answer for a resource outside the client's regions, so its existence is not revealed. */
    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "Not found", what + " was not found");
    }

    /** 409: the resource's state does not allow the action, or the write was based on a stale version. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "Conflict", detail);
    }

    /** 503: nothing was stored; the same request may be sent again after {@code retryAfter}. */
    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail, List.of(),
                retryAfter);
    }

    /** 429: this client sent more than its share; it may send again after {@code retryAfter}. */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, List.of(),
                retryAfter);
    }

    /** 422: well-formed, but a business rule forbids it. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Rule violated", detail);
    }
}
