package cn.huiyin.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper and schema validator the contract tests use, configured as consumers would. */
final class Schemas {

    /** Jackson 3 defaults, as Spring Boot uses them: java.time values as ISO-8601 strings. */
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    // formats are annotations only in 2020-12 unless asserted; department systems should assert them
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private Schemas() {
    }

    static JsonNode schemaJson(EventContract<?> contract) {
        return MAPPER.readTree(resource(contract.schemaResource()));
    }

    static List<Error> validate(EventContract<?> contract, JsonNode json) {
        return REGISTRY.getSchema(schemaJson(contract)).validate(json);
    }

    static List<Error> validateAgainstMetaSchema(JsonNode schema) {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return metaSchema.validate(schema);
    }

    static String resource(String path) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("no classpath resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
