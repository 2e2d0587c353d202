package cn.huiyin.testkit.badinput;

import static cn.huiyin.testkit.badinput.BadInput.Verdict.MAY_ACCEPT;
import static cn.huiyin.testkit.badinput.BadInput.Verdict.NAME_EVERY_FIELD;
import static cn.huiyin.testkit.badinput.BadInput.Verdict.REJECT;
import static cn.huiyin.testkit.badinput.BadInput.Verdict.UNAUTHORIZED;

import cn.huiyin.testkit.badinput.BadInput.Verdict;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue of bad requests for one endpoint: bad tokens, path ids, query values, malformed
 * bodies, and every field of the valid body replaced, removed or joined by something it must not be.
 */
public final class BadInputs {

    static final JsonMapper JSON = JsonMapper.shared();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String LONG_TEXT = "长".repeat(100_000);
    /** Long enough to be absurd for an id, short enough to stay under the HTTP line limit. */
    private static final String LONG_ID = "x".repeat(3_000);

    private final EndpointInputs spec;
    private final String validToken;
    private final Map<String, String> badTokens;
    private final List<BadInput> inputs = new ArrayList<>();

    private BadInputs(EndpointInputs spec, String validToken, Map<String, String> badTokens) {
        this.spec = spec;
        this.validToken = validToken;
        this.badTokens = badTokens;
    }

    /** @param badTokens description → Authorization header value (null for none) */
    public static List<BadInput> of(EndpointInputs spec, String validToken, Map<String, String> badTokens) {
        BadInputs catalogue = new BadInputs(spec, validToken, badTokens);
        catalogue.tokens();
        catalogue.pathVariables();
        catalogue.queries();
        if (spec.body != null) {
            catalogue.bodies();
        }
        return catalogue.inputs;
    }

    private void tokens() {
        badTokens.forEach((description, header) -> inputs.add(new BadInput(spec.endpoint, "token: " + description,
                uri(spec.pathVariables, spec.query), spec.contentType, validBody(), header, UNAUTHORIZED)));
    }

    private void pathVariables() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("operator injection", "{\"$ne\":null}");
        values.put("$where", "$where");
        values.put("traversal", "../../etc/passwd");
        values.put("very long", LONG_ID);
        values.put("script tag", "<script>alert(1)</script>");
        values.put("NUL", "\u0000");
        values.put("negative number", "-1");
        values.put("emoji", "🙂");
        values.put("unknown id", "does-not-exist-0");
        for (String name : spec.pathVariables.keySet()) {
            values.forEach((description, value) -> {
                Map<String, String> variables = new LinkedHashMap<>(spec.pathVariables);
                variables.put(name, value);
                add("path " + name + ": " + description, uri(variables, spec.query), validBody(), REJECT);
            });
        }
    }

    private void queries() {
        for (String name : spec.pagingParameters) {
            for (String value : List.of("1000000", "-1", "abc", "1e308", "9223372036854775808", "")) {
                Map<String, String> query = new LinkedHashMap<>(spec.query);
                query.put(name, value);
                // a page far beyond the last one is merely empty; a page size beyond the maximum is refused
                boolean farPage = value.equals("1000000") && !name.toLowerCase().matches(".*(size|limit).*");
                add("query " + name + "=" + value, uri(spec.pathVariables, query), validBody(),
                        farPage ? MAY_ACCEPT : REJECT);
            }
        }
        for (Map.Entry<String, String> param : spec.query.entrySet()) {
            if (spec.pagingParameters.contains(param.getKey())) {
                continue;
            }
            Map<String, String> bad = new LinkedHashMap<>();
            FieldKind kind = FieldKind.of(param.getKey(), NODES.stringNode(param.getValue()));
            kind.badValues().forEach((description, value) -> bad.put(description, value.asString()));
            if (kind == FieldKind.DATE && spec.body == null) {
                // a query bound far in the past or future only widens a search: nothing is stored
                Map<String, String> query = new LinkedHashMap<>(spec.query);
                for (String far : List.of("date 0001-01-01", "date 9999-12-31T23:59:59Z")) {
                    query.put(param.getKey(), bad.remove(far));
                    add("query " + param.getKey() + ": " + far, uri(spec.pathVariables, query), null, MAY_ACCEPT);
                }
            }
            bad.put("operator injection", "{\"$ne\":null}");
            bad.put("$where", "';return true;var x='");
            bad.put("very long", LONG_ID);
            bad.put("script tag", "<script>alert(1)</script>");
            bad.put("NUL", "\u0000");
            bad.forEach((description, value) -> {
                Map<String, String> query = new LinkedHashMap<>(spec.query);
                query.put(param.getKey(), value);
                add("query " + param.getKey() + ": " + description, uri(spec.pathVariables, query), validBody(),
                        REJECT);
            });
            // an operator smuggled in as bracket syntax is just an unknown parameter to the service
            Map<String, String> bracket = new LinkedHashMap<>(spec.query);
            bracket.put(param.getKey() + "[$ne]", "x");
            add("query " + param.getKey() + "[$ne]", uri(spec.pathVariables, bracket), validBody(),
                    spec.body == null ? MAY_ACCEPT : REJECT);
        }
    }

    private void bodies() {
        String uri = uri(spec.pathVariables, spec.query);
        String valid = new String(validBody(), StandardCharsets.UTF_8);
        raw("empty body", "", REJECT);
        raw("oversized body", oversized(spec.bodyLimit), REJECT);
        if (!spec.isJson()) {
            return;
        }
        raw("not JSON", "this is not JSON", REJECT);
        raw("truncated JSON", valid.substring(0, valid.length() / 2), REJECT);
        raw("trailing garbage", valid + "}}garbage", REJECT);
        raw("JSON null", "null", REJECT);
        raw("JSON string", "\"text\"", REJECT);
        raw("JSON number", "42", REJECT);
        raw("nested 10,000 levels", "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}", REJECT);
        raw("single quotes", valid.replace('"', '\''), REJECT);
        JsonNode example = JSON.readTree(valid);
        raw(example.isArray() ? "object where a list is expected" : "list where an object is expected",
                example.isArray() ? "{\"items\":" + valid + "}" : "[" + valid + "]", REJECT);
        if (example.isObject()) {
            extraFields(uri, "");
            everyFieldOfTheWrongType(uri);
        }
        walk(example, "", uri);
    }

    /**
     * Every field of the body of the wrong type, and one the API does not know: one answer must name them all, not
     * only the first one the reader met (issue 17 §3).
     */
    private void everyFieldOfTheWrongType(String uri) {
        ObjectNode body = freshBody();
        List<String> fields = new ArrayList<>(body.propertyNames());
        if (fields.isEmpty()) {
            return;
        }
        for (String field : fields) {
            body.set(field, body.get(field).isObject() ? NODES.numberNode(12345)
                    : NODES.objectNode().set("$ne", NODES.nullNode()));
        }
        body.put("unknownField", "x");
        fields.add("unknownField");
        inputs.add(new BadInput(spec.endpoint, "body with every field of the wrong type", uri, spec.contentType,
                bytes(body), validToken, NAME_EVERY_FIELD, List.copyOf(fields)));
    }

    private void extraFields(String uri, String at) {
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        extras.put("unknownField", NODES.stringNode("x"));
        extras.put("$where", NODES.stringNode("sleep(1000)"));
        extras.put("a.b", NODES.numberNode(1));
        extras.forEach((name, value) -> {
            ObjectNode body = freshBody();
            JsonNode target = at.isEmpty() ? body : JsonPaths.find(body, at);
            if (target instanceof ObjectNode object) {
                object.set(name, value);
                add("extra field " + (at.isEmpty() ? "" : at + ".") + name, uri, bytes(body), REJECT);
            }
        });
    }

    /** Every field of the example, depth first: removed, replaced by wrong types and bad values. */
    private void walk(JsonNode node, String path, String uri) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!spec.optional.contains(child)) {
                    mutate(child, null, "missing " + child, REJECT, uri);
                }
                if (field.getValue().isObject()) {
                    extraFields(uri, child);
                }
                fieldValues(child, field.getValue(), uri);
                walk(field.getValue(), child, uri);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            String child = path + "[0]";
            fieldValues(child, node.get(0), uri);
            walk(node.get(0), child, uri);
        }
    }

    private void fieldValues(String path, JsonNode example, String uri) {
        boolean optional = spec.optional.contains(path);
        String name = JsonPaths.lastName(path);
        FieldKind kind = FieldKind.of(name, example);
        for (Map.Entry<String, JsonNode> bad : kind.wrongTypes().entrySet()) {
            mutate(path, bad.getValue(), path + " " + bad.getKey(), REJECT, uri);
        }
        mutate(path, NODES.nullNode(), path + " null", optional ? MAY_ACCEPT : REJECT, uri);
        kind.badValues().forEach((description, value) -> mutate(path, value, path + " " + description, REJECT, uri));
        if (example.isString()) {
            boolean free = spec.freeText.contains(path) || spec.freeText.contains(path.replaceAll("\\[\\d+]", ""));
            mutate(path, NODES.stringNode(LONG_TEXT), path + " 100k chars", REJECT, uri);
            // an optional text sent empty may be read as absent
            mutate(path, NODES.stringNode(""), path + " empty", optional ? MAY_ACCEPT : REJECT, uri);
            String text = free ? example.asString() : "";
            FieldKind.ODD_TEXT.forEach((description, odd) -> mutate(path, NODES.stringNode(text + odd),
                    path + " " + description, free ? MAY_ACCEPT : REJECT, uri));
        }
    }

    private void mutate(String path, JsonNode value, String description, Verdict verdict, String uri) {
        ObjectNode body = freshBodyOrNull();
        JsonNode root = body != null ? body : JSON.readTree(validBody());
        if (!JsonPaths.set(root, path, value)) {
            return;
        }
        add(description, uri, bytes(root), verdict);
    }

    private void raw(String description, String body, Verdict verdict) {
        add("body " + description, uri(spec.pathVariables, spec.query), body.getBytes(StandardCharsets.UTF_8),
                verdict);
    }

    private void add(String description, String uri, byte[] body, Verdict verdict) {
        inputs.add(new BadInput(spec.endpoint, description, uri, spec.contentType, body, validToken, verdict));
    }

    private ObjectNode freshBody() {
        return (ObjectNode) JSON.readTree(validBody());
    }

    private ObjectNode freshBodyOrNull() {
        JsonNode node = JSON.readTree(validBody());
        return node instanceof ObjectNode object ? object : null;
    }

    private byte[] validBody() {
        if (spec.body == null) {
            return null;
        }
        Object body = spec.body.get();
        return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
    }

    private static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }

    private static String oversized(int limit) {
        ArrayNode items = NODES.arrayNode();
        String chunk = "x".repeat(1000);
        for (int size = 0; size <= limit + 64 * 1024; size += chunk.length() + 3) {
            items.add(chunk);
        }
        return "{\"padding\":" + items + "}";
    }

    private String uri(Map<String, String> variables, Map<String, String> query) {
        String path = spec.endpoint.path();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", encode(variable.getValue()));
        }
        StringBuilder uri = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> param : query.entrySet()) {
            uri.append(separator).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            separator = '&';
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
