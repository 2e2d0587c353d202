package cn.huiyin.deploy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a service reads from its environment, to tell whether an environment variable given to it names
 * a setting it has. A variable matches a property the way Spring Boot's relaxed binding maps one to the
 * other (upper case, dots to underscores, dashes dropped or, in the legacy form, made underscores, [i] to
 * _i): SPRING_KAFKA_BOOTSTRAP_SERVERS and SPRING_KAFKA_BOOTSTRAPSERVERS are spring.kafka.bootstrap-servers.
 * Below a property that takes any name (a map such as huiyin.vault.keys), a variable matches when it
 * starts with the property's form and an underscore.
 */
final class ServiceSettings {

    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS", "JDK_JAVA_OPTIONS");

    private final Set<String> properties;
    private final Set<String> prefixes;

    ServiceSettings(Set<String> properties, Set<String> prefixes) {
        this.properties = properties.stream().flatMap(ServiceSettings::variableNames).collect(Collectors.toSet());
        this.prefixes = prefixes.stream().flatMap(ServiceSettings::variableNames).collect(Collectors.toSet());
    }

    /**
     * The Spring configuration metadata on the classpath, the keys of the service's application.yml, and
     * the placeholders and configuration properties of its own and the chassis's main sources.
     */
    static ServiceSettings of(HuiyinService service) {
        SpringMetadata metadata = SpringMetadata.classpath();
        JavaSourceSettings sources = JavaSourceSettings.of(List.of(service.directory().resolve("src/main/java"),
                Checkout.resolve("platform/chassis/src/main/java")));
        Set<String> properties = new HashSet<>(metadata.properties());
        properties.addAll(service.properties().keySet());
        properties.addAll(sources.properties);
        Set<String> prefixes = new HashSet<>(metadata.mapProperties());
        prefixes.addAll(sources.prefixes);
        return new ServiceSettings(properties, prefixes);
    }

    boolean reads(String variable) {
        String name = variable.toUpperCase(Locale.ROOT);
        if (JVM_VARIABLES.contains(name) || properties.contains(name)) {
            return true;
        }
        for (int i = name.indexOf('_'); i > 0; i = name.indexOf('_', i + 1)) {
            if (prefixes.contains(name.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /** The two environment variable names Spring Boot looks up for a property. */
    static Stream<String> variableNames(String property) {
        String indexed = property.replace("[", ".").replace("]", "").toUpperCase(Locale.ROOT);
        return Stream.of(indexed.replace("-", "").replace('.', '_'), indexed.replace('-', '_').replace('.', '_'));
    }
}
