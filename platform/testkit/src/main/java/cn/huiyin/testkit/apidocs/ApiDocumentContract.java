package cn.huiyin.testkit.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.apidocs.ApiDocument.Operation;
import cn.huiyin.testkit.badinput.Endpoint;
import cn.huiyin.testkit.badinput.Endpoints;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * What every service's OpenAPI document holds (issue 17): every route of its routers and no other, each
 * operation with its scopes, path variables, answers and problems, and a valid example of every request
 * body that the service accepts as documented. A service's test extends this under its own test annotation
 * and names the data its examples act on ({@link #pathVariables}).
 */
public abstract class ApiDocumentContract {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> ALWAYS_PROBLEMS = Set.of("401", "403");

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected ApplicationContext context;

    /**
     * The path variables of an operation whose example changes data: ids of data in the state the example
     * needs (a case under investigation for a verification), made afresh on every call.
     */
    protected Map<String, String> pathVariables(String operationId) {
        return Map.of();
    }

    @Test
    void documentsEveryRouteAndNoOther() {
        Set<Endpoint> routed = Endpoints.routed(context);
        Set<Endpoint> documented = new TreeSet<>();
        ApiDocument.of(web).operations().forEach(o -> documented.add(o.endpoint()));

        Set<Endpoint> undocumented = new TreeSet<>(routed);
        undocumented.removeAll(documented);
        Set<Endpoint> unrouted = new TreeSet<>(documented);
        unrouted.removeAll(routed);
        assertThat(undocumented).as("routes that /v3/api-docs lacks").isEmpty();
        assertThat(unrouted).as("operations of /v3/api-docs that no route serves").isEmpty();
        assertThat(routed).as("routes").isNotEmpty();
    }

    @Test
    void describesEveryOperationWithItsScopesAnswersAndProblems() {
        ApiDocument doc = ApiDocument.of(web);
        List<String> gaps = new ArrayList<>();
        for (Operation op : doc.operations()) {
            JsonNode json = op.json();
            if (op.id().isBlank()) {
                gaps.add(op + ": no operationId");
            }
            if (scopes(json).isEmpty()) {
                gaps.add(op + ": no bearer security requirement naming its scopes");
            }
            Set<String> parameters = new TreeSet<>();
            json.path("parameters").forEach(p -> {
                if (p.path("in").asString("").equals("path")) {
                    parameters.add(p.path("name").asString(""));
                }
            });
            Matcher variables = VARIABLE.matcher(op.endpoint().path());
            while (variables.find()) {
                if (!parameters.contains(variables.group(1))) {
                    gaps.add(op + ": path variable {" + variables.group(1) + "} not described");
                }
            }
            JsonNode responses = json.path("responses");
            if (successes(json).isEmpty()) {
                gaps.add(op + ": no success answer");
            }
            for (String status : responses.propertyNames()) {
                if (status.startsWith("2") && responses.path(status).path("content").isEmpty()) {
                    gaps.add(op + ": answer " + status + " without content");
                }
                if (status.startsWith("4") && !problem(doc, responses.path(status))) {
                    gaps.add(op + ": problem " + status + " is not application/problem+json with errors[]");
                }
            }
            ALWAYS_PROBLEMS.stream().filter(s -> !responses.has(s)).forEach(s -> gaps.add(op + ": no " + s));
            if (json.has("requestBody")) {
                if (!responses.has("400")) {
                    gaps.add(op + ": takes a body but documents no 400");
                }
                for (Map.Entry<String, JsonNode> type : json.path("requestBody").path("content").properties()) {
                    if (example(type.getValue()) == null) {
                        gaps.add(op + ": no example of its " + type.getKey() + " body");
                    }
                    if (type.getKey().equals("application/json") && type.getValue().path("schema").isEmpty()) {
                        gaps.add(op + ": no schema of its body");
                    }
                }
            }
        }
        assertThat(gaps).as("operations of /v3/api-docs not fully described").isEmpty();
    }

    @Test
    void acceptsTheExampleOfEveryRequestBody() {
        List<String> refused = new ArrayList<>();
        int sent = 0;
        for (Operation op : ApiDocument.of(web).operations()) {
            for (Map.Entry<String, JsonNode> type : op.json().path("requestBody").path("content").properties()) {
                String example = example(type.getValue());
                if (example == null) {
                    continue;
                }
                sent++;
                EntityExchangeResult<byte[]> result = send(op, type.getKey(), example);
                int status = result.getStatus().value();
                if (!successes(op.json()).contains(String.valueOf(status))) {
                    byte[] body = result.getResponseBody();
                    refused.add(op + " answered its example with " + status + " (documented: "
                            + successes(op.json()) + "): "
                            + (body == null ? "" : new String(body, StandardCharsets.UTF_8)));
                }
            }
        }
        System.out.println(sent + " documented request examples sent");
        assertThat(refused).as("documented examples not answered as documented").isEmpty();
    }

    private EntityExchangeResult<byte[]> send(Operation op, String mediaType, String example) {
        String path = op.endpoint().path();
        Map<String, String> variables = pathVariables(op.id());
        Matcher matcher = VARIABLE.matcher(path);
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            assertThat(value).as(op + ": the test names no {" + matcher.group(1) + "} for its example").isNotNull();
            path = path.replace(matcher.group(), value);
        }
        Tokens token = token(op.id(), scopes(op.json()).get(0));
        return web.method(HttpMethod.valueOf(op.endpoint().method())).uri(path)
                .header(HttpHeaders.AUTHORIZATION, token.bearer())
                .contentType(MediaType.parseMediaType(mediaType))
                .bodyValue(example.getBytes(StandardCharsets.UTF_8))
                .exchange().expectBody(byte[].class).returnResult();
    }

    /**
     * The token an example is sent with: the operation's documented scopes for the province. A service whose
     * operations also need a role of the hotline's organisation (a city's review, the province's rescoring) adds it.
     */
    protected Tokens token(String operationId, List<String> scopes) {
        return Tokens.scopes(scopes.toArray(String[]::new)).regions("52");
    }

    /** The scopes of each security requirement of {@code bearer} (any one requirement suffices). */
    private static List<List<String>> scopes(JsonNode operation) {
        List<List<String>> alternatives = new ArrayList<>();
        operation.path("security").forEach(requirement -> {
            List<String> scopes = new ArrayList<>();
            requirement.path("bearer").forEach(s -> scopes.add(s.asString()));
            if (!scopes.isEmpty()) {
                alternatives.add(scopes);
            }
        });
        return alternatives;
    }

    private static Set<String> successes(JsonNode operation) {
        Set<String> statuses = new TreeSet<>();
        operation.path("responses").propertyNames().stream().filter(s -> s.startsWith("2")).forEach(statuses::add);
        return statuses;
    }

    private static boolean problem(ApiDocument doc, JsonNode response) {
        JsonNode schema = response.path("content").path("application/problem+json").path("schema");
        return !schema.isMissingNode() && doc.resolve(schema).path("properties").has("errors");
    }

    /** The first example of a media type, as the text to send. */
    private static String example(JsonNode mediaType) {
        JsonNode value = mediaType.has("example") ? mediaType.get("example")
                : mediaType.path("examples").isEmpty() ? null
                : mediaType.path("examples").properties().iterator().next().getValue().get("value");
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isString() ? value.asString() : value.toString();
    }
}
