package cn.huiyin.testkit.badinput;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public operation of a service: the routes of its {@code RouterFunction} beans (Huiyin's
 * APIs are functional routers, documented where {@code SpringdocRouteBuilder} declares them; the
 * {@code ApiDocumentContract} checks that the two agree) and every {@code /api/**} operation its
 * OpenAPI document names, so neither can hide an endpoint.
 */
public final class Endpoints {

    private Endpoints() {
    }

    public static Set<Endpoint> of(ApplicationContext context, WebTestClient web) {
        Set<Endpoint> all = new TreeSet<>(routed(context));
        all.addAll(documented(web));
        return all;
    }

    /** The routes of every router function bean, nested prefixes included. */
    public static Set<Endpoint> routed(ApplicationContext context) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RouterFunction<?> routes : context.getBeansOfType(RouterFunction.class).values()) {
            routes.accept(new RouteCollector(endpoints));
        }
        // the published documents (/asyncapi.yaml) take no input
        endpoints.removeIf(e -> e.path().matches(".*\\.(yaml|json)$"));
        return endpoints;
    }

    /** The {@code /api/**} operations of {@code /v3/api-docs}. */
    public static Set<Endpoint> documented(WebTestClient web) {
        byte[] doc = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        Set<Endpoint> endpoints = new TreeSet<>();
        JsonNode paths = JsonMapper.shared().readTree(doc).path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<String> methods = path.getValue().propertyNames().iterator(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                if (Set.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                    endpoints.add(new Endpoint(method, path.getKey()));
                }
            }
        }
        return endpoints;
    }

    private static final class RouteCollector implements RouterFunctions.Visitor {

        private final Set<Endpoint> endpoints;
        private final Deque<String> prefixes = new ArrayDeque<>();

        RouteCollector(Set<Endpoint> endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public void startNested(RequestPredicate predicate) {
            PredicateParts parts = PredicateParts.of(predicate);
            prefixes.push((prefixes.isEmpty() ? "" : prefixes.peek()) + (parts.path == null ? "" : parts.path));
        }

        @Override
        public void endNested(RequestPredicate predicate) {
            prefixes.pop();
        }

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
            PredicateParts parts = PredicateParts.of(predicate);
            String path = (prefixes.isEmpty() ? "" : prefixes.peek()) + (parts.path == null ? "" : parts.path);
            if (parts.methods.isEmpty()) {
                endpoints.add(new Endpoint("ANY", path));
            }
            parts.methods.forEach(method -> endpoints.add(new Endpoint(method, path)));
        }

        @Override
        public void resources(Function<org.springframework.web.reactive.function.server.ServerRequest,
                Mono<Resource>> lookupFunction) {
            // static resources are not part of the API
        }

        @Override
        public void attributes(Map<String, Object> attributes) {
        }

        @Override
        public void unknown(RouterFunction<?> routerFunction) {
        }
    }

    /** The method(s) and path pattern a route predicate matches. */
    private static final class PredicateParts implements RequestPredicates.Visitor {

        final Set<String> methods = new TreeSet<>();
        String path;

        static PredicateParts of(RequestPredicate predicate) {
            PredicateParts parts = new PredicateParts();
            predicate.accept(parts);
            return parts;
        }

        @Override
        public void method(Set<HttpMethod> methods) {
            methods.forEach(m -> this.methods.add(m.name()));
        }

        @Override
        public void path(String pattern) {
            path = pattern;
        }

        @Override
        public void pathExtension(String extension) {
        }

        @Override
        public void header(String name, String value) {
        }

        @Override
        public void queryParam(String name, String value) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void startAnd() {
        }

        @Override
        public void and() {
        }

        @Override
        public void endAnd() {
        }

        @Override
        public void startOr() {
        }

        @Override
        public void or() {
        }

        @Override
        public void endOr() {
        }

        @Override
        public void startNegate() {
        }

        @Override
        public void endNegate() {
        }

        @Override
        public void unknown(RequestPredicate predicate) {
        }
    }
}
