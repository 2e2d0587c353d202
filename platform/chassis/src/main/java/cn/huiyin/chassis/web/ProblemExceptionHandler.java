package cn.huiyin.chassis.web;

import cn.huiyin.chassis.errors.Conflict;
import cn.huiyin.chassis.errors.DomainException;
import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.errors.Unavailable;

import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of a request into {@code application/problem+json}. Client mistakes get
 * their 4xx with the field that caused them; anything unexpected is logged with an id and answered
 * with that id only, never with internals.
 */
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    /** How long a client should wait before sending again what the database could not take. */
    static final Duration STORE_UNAVAILABLE_RETRY = Duration.ofSeconds(5);

    private final ProblemResponses responses;

    public ProblemExceptionHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        return responses.write(exchange, toProblem(failure));
    }

    /** The problem a failure is answered with; also used for the per-item answers of batch endpoints. */
    public ProblemException toProblem(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        if (failure instanceof DomainException domain) {
            return fromDomain(domain);
        }
        if (Exceptions.isMultiple(failure)) {
            // commands run side by side that all failed (zipDelayError): answered as the first of them is, so that
            // MongoDB down under two commands is a 503 like under one
            List<Throwable> failures = Exceptions.unwrapMultiple(failure);
            if (!failures.isEmpty() && failures.get(0) != failure) {
                return toProblem(failures.get(0));
            }
        }
        DataBufferLimitException tooLarge = find(failure, DataBufferLimitException.class);
        if (tooLarge != null) {
            return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "Payload too large",
                    "the request body exceeds the limit of this endpoint");
        }
        if (failure instanceof ServerWebInputException input) {
            return fromInput(input);
        }
        if (failure instanceof OptimisticLockingFailureException) {
            return ProblemException.conflict("the resource was changed by someone else; read it again and retry");
        }
        if (failure instanceof DuplicateKeyException) {
            return ProblemException.conflict("the resource already exists");
        }
        // after the conflicts, which are data-access failures too
        if (storeUnavailable(failure)) {
            log.warn("MongoDB unavailable, answered 503: {}", failure.toString());
            return ProblemException.unavailable("the store is unavailable and nothing was saved; send the same "
                    + "request again later", STORE_UNAVAILABLE_RETRY);
        }
        if (failure instanceof AccessDeniedException) {
            return new ProblemException(HttpStatus.FORBIDDEN, "Forbidden", "the token does not allow this action");
        }
        if (failure instanceof AuthenticationException) {
            return new ProblemException(HttpStatus.UNAUTHORIZED, "Unauthorized", "a valid bearer token is required");
        }
        if (failure instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
            return new ProblemException(code, code.getReasonPhrase(),
                    status.getReason() != null ? status.getReason() : code.getReasonPhrase());
        }
        String errorId = UUID.randomUUID().toString();
        log.error("unexpected failure {}", errorId, failure);
        return new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "unexpected failure, reference " + errorId);
    }

    /** The answer to a refusal the application or the domain made in its own terms. */
    static ProblemException fromDomain(DomainException refusal) {
        if (refusal instanceof NotFound) {
            return new ProblemException(HttpStatus.NOT_FOUND, refusal.title(), refusal.getMessage());
        }
        if (refusal instanceof Conflict) {
            return new ProblemException(HttpStatus.CONFLICT, refusal.title(), refusal.getMessage(), refusal.errors());
        }
        if (refusal instanceof InvalidInput) {
            return ProblemException.invalid(refusal.errors());
        }
        if (refusal instanceof NotPermitted) {
            return new ProblemException(HttpStatus.FORBIDDEN, refusal.title(), refusal.getMessage());
        }
        if (refusal instanceof Unavailable unavailable) {
            return ProblemException.unavailable(unavailable.getMessage(), unavailable.retryAfter());
        }
        // RuleViolation, the last kind the sealed class permits
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, refusal.title(), refusal.getMessage(),
                refusal.errors());
    }

    /** MongoDB unreachable, timed out or without a primary: nothing was written, so the client may retry. */
    public static boolean storeUnavailable(Throwable failure) {
        return find(failure, DataAccessResourceFailureException.class) != null
                || find(failure, TransientDataAccessResourceException.class) != null
                || find(failure, QueryTimeoutException.class) != null
                || find(failure, MongoTimeoutException.class) != null
                || find(failure, MongoSocketException.class) != null
                || find(failure, MongoNotPrimaryException.class) != null;
    }

    private static final String DUPLICATE_PROPERTY = "Duplicate Object property";

    private ProblemException fromInput(ServerWebInputException input) {
        JacksonException jackson = find(input, JacksonException.class);
        if (jackson instanceof StreamReadException) {
            String duplicate = duplicateField(jackson);
            return duplicate != null ? ProblemException.invalid(duplicate, "appears more than once in the body")
                    : ProblemException.invalid("body", "is not well-formed JSON");
        }
        if (jackson != null && !jackson.getPath().isEmpty()) {
            return ProblemException.invalid(List.of(new FieldError(path(jackson), describe(jackson))));
        }
        if (find(input, DecodingException.class) != null || input.getCause() == null) {
            return ProblemException.invalid("body", input.getReason() != null ? input.getReason() : "is unreadable");
        }
        return ProblemException.invalid("body", "is unreadable");
    }

    /**
     * The field a body names twice ({@code {"regionCode": "520526", "regionCode": "520102"}}), which strict reading
     * refuses rather than letting the last one win; null for other malformed JSON. The parser reports it with the
     * path of the object holding it, as {@code caller.phone}.
     */
    static String duplicateField(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith(DUPLICATE_PROPERTY)) {
            return null;
        }
        int open = message.indexOf('"');
        int close = message.indexOf('"', open + 1);
        String name = open >= 0 && close > open ? message.substring(open + 1, close) : "body";
        String parent = path(e);
        return parent.equals("body") ? name : parent + "." + name;
    }

    /**
     * The field a body could not be read into, and why ({@code content}: has the wrong type or format), for readers
     * that go on to the body's other fields; null when the failure names no field.
     */
    public static FieldError fieldError(JacksonException e) {
        return e.getPath().isEmpty() ? null : new FieldError(path(e), describe(e));
    }

    /** {@code caller.phone}, {@code categories[2]}. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        String message = e.getOriginalMessage();
        if (message != null && message.contains("not one of the values accepted")) {
            return "is not one of the accepted values";
        }
        if (message != null && (message.contains("from Object value") || message.contains("START_OBJECT"))) {
            return "must be a single value, not an object";
        }
        if (message != null && message.contains("START_ARRAY")) {
            return "must be a single value, not a list";
        }
        return "has the wrong type or format";
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
