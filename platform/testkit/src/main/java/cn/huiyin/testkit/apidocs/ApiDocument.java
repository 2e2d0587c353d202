package cn.huiyin.testkit.apidocs;

import cn.huiyin.testkit.badinput.Endpoint;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service's {@code /v3/api-docs}, read as its operations. */
public record ApiDocument(JsonNode root, List<Operation> operations) {

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH");

    /** One operation of the document: its method and path, and its JSON. */
    public record Operation(Endpoint endpoint, JsonNode json) {

        public String id() {
            return json.path("operationId").asString("");
        }

        @Override
        public String toString() {
            return endpoint + (id().isEmpty() ? "" : " (" + id() + ")");
        }
    }

    public static ApiDocument of(WebTestClient web) {
        byte[] doc = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        JsonNode root = JsonMapper.shared().readTree(doc);
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Iterator<String> names = path.getValue().propertyNames().iterator(); names.hasNext();) {
                String name = names.next();
                if (METHODS.contains(name.toUpperCase())) {
                    operations.add(new Operation(new Endpoint(name.toUpperCase(), path.getKey()),
                            path.getValue().get(name)));
                }
            }
        }
        return new ApiDocument(root, operations);
    }

    /** A schema of {@code components.schemas} by {@code $ref}, or the node itself when it is no reference. */
    public JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return root.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
