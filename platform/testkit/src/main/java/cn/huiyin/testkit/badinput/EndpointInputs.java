package cn.huiyin.testkit.badinput;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * What a service test knows about one endpoint: a valid request (path variables, query, body) and
 * which of its fields are optional or free text. The suite derives every bad input from it:
 * {@code EndpointInputs.post("/api/v1/calls").body(() -> Calls.anAppealFromWeining().body()).freeText("content")}.
 */
public final class EndpointInputs {

    final Endpoint endpoint;
    final Map<String, String> pathVariables = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Set<String> pagingParameters = new LinkedHashSet<>();
    final Set<String> optional = new LinkedHashSet<>();
    final Set<String> freeText = new LinkedHashSet<>();
    Supplier<Object> body;
    String contentType = "application/json";
    int bodyLimit = 256 * 1024;
    BiPredicate<Integer, String> everyItemRefused;

    private EndpointInputs(String method, String path) {
        this.endpoint = new Endpoint(method, path);
    }

    public static EndpointInputs get(String path) {
        return new EndpointInputs("GET", path);
    }

    public static EndpointInputs post(String path) {
        return new EndpointInputs("POST", path);
    }

    public static EndpointInputs put(String path) {
        return new EndpointInputs("PUT", path);
    }

    /** An existing resource's id, so that a bad body is refused for the body and not for the id. */
    public EndpointInputs pathVariable(String name, String value) {
        pathVariables.put(name, value);
        return this;
    }

    /** A valid query parameter; each is then replaced by bad values of its kind. */
    public EndpointInputs query(String name, String value) {
        query.put(name, value);
        return this;
    }

    /** {@code page}/{@code size}-like parameters: fed negative, huge and non-numeric values. */
    public EndpointInputs paging(String... names) {
        pagingParameters.addAll(Set.of(names));
        return this;
    }

    /** A fresh valid body on every call (a JSON-able Map or List), so that no two inputs collide. */
    public EndpointInputs body(Supplier<Object> validBody) {
        this.body = validBody;
        return this;
    }

    /** A body that is not JSON (a CSV import): only the body-independent inputs are tried. */
    public EndpointInputs rawBody(String contentType, Supplier<Object> validBody) {
        this.contentType = contentType;
        this.body = validBody;
        return this;
    }

    /** Fields (dotted paths: {@code caller.name}) a valid body may leave out. */
    public EndpointInputs optional(String... fields) {
        optional.addAll(Set.of(fields));
        return this;
    }

    /** Fields where any text is data (emoji, a script tag, RTL marks): may be accepted, never a 5xx. */
    public EndpointInputs freeText(String... fields) {
        freeText.addAll(Set.of(fields));
        return this;
    }

    /** {@code spring.http.codecs.max-in-memory-size} or the endpoint's own limit, in bytes. */
    public EndpointInputs bodyLimit(int bytes) {
        bodyLimit = bytes;
        return this;
    }

    /** For per-item endpoints (batches): a 2xx whose body (status, text) shows every item was refused. */
    public EndpointInputs perItemResults(BiPredicate<Integer, String> everyItemRefused) {
        this.everyItemRefused = everyItemRefused;
        return this;
    }

    boolean isJson() {
        return contentType.equals("application/json");
    }
}
