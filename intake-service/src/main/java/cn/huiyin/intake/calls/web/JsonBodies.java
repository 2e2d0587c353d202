package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.web.Decoded;
import cn.huiyin.chassis.web.DeclaredBodyTypes;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.chassis.web.StrictRequestBodies;

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

/**
 * Reads a JSON body with a size limit of its own (64 KB for one call, 4 MB for a batch): a body
 * over the limit is a 413 before it is parsed, a malformed one a 400, one not declared as JSON a 415.
 */
public class JsonBodies {

    private final JsonMapper json;
    private final RequestBodies decoding;

    public JsonBodies(JsonMapper json, RequestBodies decoding) {
        // a field named twice is refused while parsing, as for every service's bodies
        this.json = StrictRequestBodies.strict(json);
        this.decoding = decoding;
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

    /** The body read past its bad fields, each named ({@link RequestBodies}), as every service reads its bodies. */
    public <T> Decoded<T> decode(JsonNode node, Class<T> type) {
        return decoding.decode(node, type);
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
