package cn.huiyin.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties the Spring configuration metadata on the test classpath declares: every Spring Boot, Cloud
 * Stream, Kafka binder, Mongo and security jar the services are built on (via huiyin-chassis).
 */
final class SpringMetadata {

    private static final List<String> FILES = List.of("META-INF/spring-configuration-metadata.json",
            "META-INF/additional-spring-configuration-metadata.json");

    private static final SpringMetadata CLASSPATH = load();

    private final Set<String> properties;
    private final Set<String> mapProperties;

    private SpringMetadata(Set<String> properties, Set<String> mapProperties) {
        this.properties = Collections.unmodifiableSet(properties);
        this.mapProperties = Collections.unmodifiableSet(mapProperties);
    }

    static SpringMetadata classpath() {
        return CLASSPATH;
    }

    Set<String> properties() {
        return properties;
    }

    /** Map-typed properties, e.g. spring.kafka.properties: any key below them binds. */
    Set<String> mapProperties() {
        return mapProperties;
    }

    private static SpringMetadata load() {
        JsonMapper json = JsonMapper.builder().build();
        Set<String> properties = new HashSet<>();
        Set<String> maps = new HashSet<>();
        try {
            for (String file : FILES) {
                for (URL url : Collections.list(SpringMetadata.class.getClassLoader().getResources(file))) {
                    try (InputStream in = url.openStream()) {
                        for (JsonNode property : json.readTree(in).path("properties")) {
                            String name = property.path("name").asString("");
                            properties.add(name);
                            if (property.path("type").asString("").startsWith("java.util.Map")) {
                                maps.add(name);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (properties.isEmpty()) {
            throw new IllegalStateException("no Spring configuration metadata on the classpath");
        }
        return new SpringMetadata(properties, maps);
    }
}
