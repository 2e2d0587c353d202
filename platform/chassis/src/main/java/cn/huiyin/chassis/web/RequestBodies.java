package cn.huiyin.chassis.web;

import cn.huiyin.chassis.errors.FieldError;

import java.util.ArrayList;
import java.util.List;

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
 * Reads a JSON body past its bad fields: a field of the wrong type or one the API does not know is named and left
 * out, and the rest is read, so that one answer names every bad field (a number where {@code content} belongs hid
 * the other fields' errors). Use with {@link Decoded#validated}:
 * {@code bodies.decode(request, X.class).map(decoded -> decoded.validated(body -> validate(body)))}.
 */
public class RequestBodies {

    /** A body with more bad fields than this is answered with the first ones. */
    static final int MAX_ERRORS = 50;

    private final JsonMapper strict;

    public RequestBodies(JsonMapper json) {
        // the rules of every service's bodies: unknown fields, duplicates and coerced scalars are refused
        this.strict = StrictRequestBodies.strict(json);
    }

    /**
     * The request's body, read as JSON by the server's codecs (so their 415, size limit and duplicate-field rules
     * apply), then decoded field by field; empty for no body or {@code null}, so each endpoint keeps its own answer
     * to a missing body. A body that is not an object of the type at all (a list, a number) is a 400 naming the body.
     */
    public <T> Mono<Decoded<T>> decode(ServerRequest request, Class<T> type) {
        return request.bodyToMono(JsonNode.class)
                .filter(body -> !body.isNull() && !body.isMissingNode())
                .map(body -> decode(body, type));
    }

    public <T> Decoded<T> decode(JsonNode body, Class<T> type) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode current = body;
        while (true) {
            try {
                return new Decoded<>(strict.treeToValue(current, type), errors);
            } catch (JacksonException e) {
                FieldError bad = ProblemExceptionHandler.fieldError(e);
                if (bad == null) {
                    if (errors.isEmpty()) {
                        throw new ServerWebInputException("body does not match " + type.getSimpleName(), null, e);
                    }
                    throw ProblemException.invalid(errors);
                }
                // a field named again could not be left out (a null where none is allowed): nothing more to learn
                boolean again = errors.stream().anyMatch(error -> error.field().equals(bad.field()));
                if (!again) {
                    errors.add(bad);
                }
                JsonNode rest = again || errors.size() >= MAX_ERRORS ? null : without(current.deepCopy(), e.getPath());
                if (rest == null) {
                    throw ProblemException.invalid(errors);
                }
                current = rest;
            }
        }
    }

    /** The body without the value at {@code path} (a property removed, a list element set to null); null if none. */
    private static JsonNode without(JsonNode body, List<JacksonException.Reference> path) {
        JsonNode parent = body;
        for (int i = 0; i < path.size() - 1 && parent != null; i++) {
            JacksonException.Reference step = path.get(i);
            parent = step.getPropertyName() != null ? parent.get(step.getPropertyName()) : parent.get(step.getIndex());
        }
        JacksonException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getPropertyName() != null
                && object.remove(last.getPropertyName()) != null) {
            return body;
        }
        if (parent instanceof ArrayNode list && last.getPropertyName() == null && last.getIndex() >= 0
                && last.getIndex() < list.size()) {
            list.set(last.getIndex(), NullNode.getInstance());
            return body;
        }
        return null;
    }
}
