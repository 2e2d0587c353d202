package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.web.DeclaredBodyTypes;
import cn.huiyin.chassis.web.FieldError;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.ProblemExceptionHandler;
import cn.huiyin.chassis.web.StrictRequestBodies;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.server.ServerWebInputException;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON body with a size limit of its own (64 KB for one call, 4 MB for a batch): a body
 * over the limit is a 413 before it is parsed, a malformed one a 400, one not declared as JSON a 415.
 */
public class JsonBodies {

    /** A body with more bad fields than this is answered with the first ones. */
    static final int MAX_DECODING_ERRORS = 50;

    private final JsonMapper json;

    public JsonBodies(JsonMapper json) {
        // a field the API does not know, or a number where text belongs, is refused, as for every service's bodies
        this.json = StrictRequestBodies.strict(json);
    }

    public Mono<JsonNode> read(ServerRequest request, int limit) {
        if (!json(request.headers().contentType().orElse(null))) {
            return Mono.error(DeclaredBodyTypes.unsupported());
        }
        long declared = request.headers().contentLength().orElse(-1);
        if (declared > limit) {
            return Mono.error(tooLarge(limit));
        }
        return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), limit)
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge(limit))
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return parse(bytes);
                });
    }

    /** application/json or a JSON-based type (application/problem+json); not text/plain, XML or a wildcard. */
    static boolean json(MediaType type) {
        return type != null && "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    /** A body read as far as it could be, and the fields that could not be read (left out of {@code value}). */
    public record Decoded<T>(T value, List<FieldError> errors) {

        public static <T> Decoded<T> of(T value) {
            return new Decoded<>(value, List.of());
        }
    }

    /**
     * Reads a body, going on past a field of the wrong type or one the API does not know: that field is named and
     * left out, and the rest is read, so that one answer names every bad field (a number where {@code content}
     * belongs hid the other fields' errors).
     */
    public <T> Decoded<T> decode(JsonNode node, Class<T> type) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode current = node;
        while (true) {
            try {
                return new Decoded<>(json.treeToValue(current, type), List.copyOf(errors));
            } catch (JacksonException e) {
                FieldError bad = ProblemExceptionHandler.fieldError(e);
                if (bad == null || errors.size() >= MAX_DECODING_ERRORS || !(current instanceof ObjectNode)) {
                    if (errors.isEmpty()) {
                        throw new ServerWebInputException("body does not match " + type.getSimpleName(), null, e);
                    }
                    if (bad != null) {
                        errors.add(bad);
                    }
                    throw ProblemException.invalid(errors);
                }
                errors.add(bad);
                current = without(current.deepCopy(), e.getPath());
            }
        }
    }

    /** The body without the value at {@code path}: a property removed, a list element set to null. */
    private static JsonNode without(JsonNode body, List<JacksonException.Reference> path) {
        JsonNode parent = body;
        for (int i = 0; i < path.size() - 1 && parent != null; i++) {
            JacksonException.Reference step = path.get(i);
            parent = step.getPropertyName() != null ? parent.get(step.getPropertyName()) : parent.get(step.getIndex());
        }
        JacksonException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getPropertyName() != null) {
            object.remove(last.getPropertyName());
        } else if (parent instanceof ArrayNode list && last.getIndex() >= 0 && last.getIndex() < list.size()) {
            list.set(last.getIndex(), NullNode.getInstance());
        } else {
            throw new IllegalStateException("no value at the failing path");
        }
        return body;
    }

    public String canonical(Object value) {
        return json.writeValueAsString(value);
    }

    private JsonNode parse(byte[] bytes) {
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new ServerWebInputException("body is not JSON", null, e);
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw ProblemException.invalid("body", "is required");
        }
        return node;
    }

    private static ProblemException tooLarge(int limit) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "Payload too large",
                "the body exceeds this endpoint's limit of " + (limit / 1024) + " KB");
    }
}
