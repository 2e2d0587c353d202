package cn.huiyin.testkit.badinput;

import static cn.huiyin.testkit.badinput.BadInput.Verdict.MAY_ACCEPT;

import cn.huiyin.testkit.Tokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.netty.http.client.HttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds every endpoint of one service every bad input of {@link BadInputs} and fails once, with the
 * whole list, if any answer is a 5xx, a 2xx for input that must be refused, a 4xx that is not
 * problem+json, or if the database changed while only refusable input was sent. Prints how many
 * inputs each endpoint was tried with.
 */
public final class BadInputSuite {

    private final ApplicationContext context;
    private final WebTestClient web;
    private final List<EndpointInputs> endpoints = new ArrayList<>();
    private final Map<String, String> unwatchedCollections = new LinkedHashMap<>();
    private Tokens token;

    /**
     * A connection of its own for every input: an answer given before a malformed or oversized body was read
     * must not leave a pooled connection in a state that makes the next input hang.
     */
    private static final WebTestClient ONE_CONNECTION_EACH = WebTestClient
            .bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
            // an answer that ignores an unknown parameter may be a whole document (an A4 PDF of a report)
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
            .responseTimeout(Duration.ofSeconds(30)).build();

    private BadInputSuite(ApplicationContext context, WebTestClient web) {
        this.context = context;
        this.web = web;
    }

    public static BadInputSuite against(ApplicationContext context, WebTestClient web) {
        return new BadInputSuite(context, web);
    }

    /** A token that allows every endpoint, so that each input is refused for what is wrong with it. */
    public BadInputSuite token(Tokens token) {
        this.token = token;
        return this;
    }

    public BadInputSuite endpoint(EndpointInputs inputs) {
        endpoints.add(inputs);
        return this;
    }

    /** A collection that legitimately changes on refused requests too, and why. */
    public BadInputSuite ignoringChangesTo(String collection, String why) {
        unwatchedCollections.put(collection, why);
        return this;
    }

    public void run() {
        List<String> violations = new ArrayList<>();
        Map<Endpoint, Tally> tallies = new TreeMap<>();
        coverage(violations);
        String valid = token.bearer();
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("none", null);
        badTokens.put("malformed", "Bearer abc");
        badTokens.put("forged", token.forged().bearer());
        badTokens.put("expired", token.expired().bearer());
        badTokens.put("wrong audience", token.audience("another-system").bearer());
        badTokens.put("no subject", token.subject(null).bearer());
        badTokens.put("no expiry", token.expiresIn(null).bearer());
        badTokens.put("fifty years", token.expiresIn(Duration.ofDays(50 * 365)).bearer());
        badTokens.put("foreign issuer", token.issuer("https://idp.example.org").bearer());
        badTokens.put("unknown role", token.withRoles("superuser").bearer());
        List<BadInput> inputs = endpoints.stream().flatMap(e -> BadInputs.of(e, valid, badTokens).stream()).toList();

        ReactiveMongoTemplate mongo = context.getBean(ReactiveMongoTemplate.class);
        Set<String> unwatched = unwatchedCollections.keySet();
        StoredData before = StoredData.settled(mongo, unwatched);
        inputs.stream().filter(i -> i.verdict() != MAY_ACCEPT).forEach(i -> send(i, tallies, violations));
        StoredData after = StoredData.settled(mongo, unwatched);
        before.differences(after).forEach(d -> violations.add("stored data changed by refused input: " + d));
        // odd but valid free text last: it may be stored
        inputs.stream().filter(i -> i.verdict() == MAY_ACCEPT).forEach(i -> send(i, tallies, violations));

        print(tallies);
        if (inputs.isEmpty() || !violations.isEmpty()) {
            throw new AssertionError(violations.size() + " bad answers to bad input:\n  "
                    + String.join("\n  ", violations));
        }
    }

    private void coverage(List<String> violations) {
        Set<Endpoint> given = endpoints.stream().map(e -> e.endpoint).collect(Collectors.toSet());
        for (Endpoint endpoint : Endpoints.of(context, web)) {
            if (!given.contains(endpoint)) {
                violations.add(endpoint + ": no input tried (give its valid request to the suite)");
            }
        }
        Set<Endpoint> routed = Endpoints.of(context, web);
        given.stream().filter(e -> !routed.contains(e))
                .forEach(e -> violations.add(e + ": not an endpoint of this service"));
    }

    private void send(BadInput input, Map<Endpoint, Tally> tallies, List<String> violations) {
        Tally tally = tallies.computeIfAbsent(input.endpoint(), e -> new Tally());
        String where = input.endpoint() + " [" + input.description() + "]";
        EntityExchangeResult<byte[]> result;
        try {
            result = exchange(input);
        } catch (RuntimeException | AssertionError e) {
            tally.count(0);
            violations.add(where + ": no answer (" + e + ")");
            return;
        }
        int status = result.getStatus().value();
        tally.count(status);
        String body = result.getResponseBody() == null ? ""
                : new String(result.getResponseBody(), StandardCharsets.UTF_8);
        MediaType type = result.getResponseHeaders().getContentType();
        String problem = verdictOf(input, status, type, body);
        if (problem != null) {
            violations.add(where + ": " + problem + " — " + status + " " + type + " "
                    + (body.length() > 200 ? body.substring(0, 200) + "..." : body));
        }
    }

    private String verdictOf(BadInput input, int status, MediaType type, String body) {
        boolean problemJson = type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
        if (status >= 500) {
            return "server error";
        }
        if (status >= 400 && !problemJson) {
            return "4xx without application/problem+json";
        }
        switch (input.verdict()) {
            case UNAUTHORIZED -> {
                return status == 401 ? null : "expected 401";
            }
            case NAME_EVERY_FIELD -> {
                if (status != 400) {
                    return "expected 400 naming " + input.badFields();
                }
                List<String> unnamed = unnamed(input.badFields(), body);
                return unnamed.isEmpty() ? null : "expected one answer naming every bad field, missing " + unnamed;
            }
            case REJECT -> {
                if (status >= 400) {
                    return null;
                }
                EndpointInputs spec = spec(input.endpoint());
                boolean itemsRefused = status < 300 && spec.everyItemRefused != null
                        && spec.everyItemRefused.test(status, body);
                return itemsRefused ? null : "expected 4xx";
            }
            default -> {
                return null;
            }
        }
    }

    /** The fields that neither the answer's errors nor any error inside them ({@code caller.phone}) name. */
    private static List<String> unnamed(List<String> fields, String problem) {
        List<String> named = new ArrayList<>();
        try {
            JsonMapper.shared().readTree(problem).path("errors").forEach(e -> named.add(e.path("field").asString()));
        } catch (JacksonException notJson) {
            return fields;
        }
        return fields.stream().filter(field -> named.stream().noneMatch(n -> n.equals(field)
                || n.startsWith(field + ".") || n.startsWith(field + "["))).toList();
    }

    private EndpointInputs spec(Endpoint endpoint) {
        return endpoints.stream().filter(e -> e.endpoint.equals(endpoint)).findFirst().orElseThrow();
    }

    private EntityExchangeResult<byte[]> exchange(BadInput input) {
        String port = context.getEnvironment().getProperty("local.server.port");
        WebTestClient.RequestBodySpec request = ONE_CONNECTION_EACH.method(HttpMethod.valueOf(input.endpoint().method()))
                .uri(URI.create("http://localhost:" + port + input.uri()));
        if (input.authorization() != null) {
            request.header(HttpHeaders.AUTHORIZATION, input.authorization());
        }
        WebTestClient.RequestHeadersSpec<?> ready = request;
        if (input.body() != null && !input.endpoint().method().equals("GET")) {
            ready = request.contentType(MediaType.parseMediaType(input.contentType())).bodyValue(input.body());
        }
        return ready.exchange().expectBody(byte[].class).returnResult();
    }

    private void print(Map<Endpoint, Tally> tallies) {
        StringBuilder table = new StringBuilder(String.format("%nBad inputs tried per endpoint%n%-58s %6s %5s %5s %5s%n",
                "endpoint", "inputs", "4xx", "2xx", "other"));
        Tally total = new Tally();
        tallies.forEach((endpoint, t) -> {
            table.append(String.format("%-58s %6d %5d %5d %5d%n", endpoint, t.inputs, t.clientErrors, t.successes,
                    t.other));
            total.add(t);
        });
        table.append(String.format("%-58s %6d %5d %5d %5d%n", "total (" + tallies.size() + " endpoints)", total.inputs,
                total.clientErrors, total.successes, total.other));
        unwatchedCollections.forEach((name, why) -> table.append("not compared: ").append(name).append(" — ")
                .append(why).append('\n'));
        System.out.println(table);
    }

    private static final class Tally {
        int inputs;
        int clientErrors;
        int successes;
        int other;

        void count(int status) {
            inputs++;
            if (status >= 400 && status < 500) {
                clientErrors++;
            } else if (status >= 200 && status < 300) {
                successes++;
            } else {
                other++;
            }
        }

        void add(Tally t) {
            inputs += t.inputs;
            clientErrors += t.clientErrors;
            successes += t.successes;
            other += t.other;
        }
    }
}
