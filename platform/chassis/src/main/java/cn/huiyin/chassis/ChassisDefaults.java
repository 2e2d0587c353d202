package cn.huiyin.chassis;

import cn.huiyin.events.Topics;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Conventions every service gets without writing them again, as defaults its own configuration can
 * override: the actuator on a management port of its own bound to loopback, its exposure and probes,
 * the {@code application} metrics tag, the ping-based Mongo health, and for every consumer binding
 * ({@code <function>-in-<n>}), a durable consumer group (the service's name unless given), bounded
 * retries with back-off and a dead-letter topic named {@code <topic>.<group>.dlq}.
 */
public class ChassisDefaults implements EnvironmentPostProcessor {

    private static final Pattern INPUT = Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+-in-\\d+)\\.destination");

    /** The management port is the server port plus this, unless {@code management.server.port} is given. */
    public static final int MANAGEMENT_PORT_OFFSET = 100;

    /** Spring Boot's, when a service gives none. */
    private static final int DEFAULT_SERVER_PORT = 8080;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>(conventions());
        defaults.putAll(managementServerDefaults(environment));
        defaults.putAll(deadLetterDefaults(environment));
        environment.getPropertySources().addLast(new MapPropertySource("huiyin-chassis-defaults", defaults));
    }

    static Map<String, Object> conventions() {
        Map<String, Object> d = new HashMap<>();
        d.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        d.put("management.endpoint.health.probes.enabled", "true");
        d.put("management.endpoint.health.show-components", "always");
        d.put("management.endpoint.health.validate-group-membership", "false");
        d.put("management.endpoint.health.group.readiness.include", "readinessState,mongo,binders");
        d.put("management.health.mongodb.enabled", "false");
        d.put("management.health.mongo.enabled", "false");
        d.put("management.metrics.tags.application", "${spring.application.name}");
        d.put("management.prometheus.metrics.export.enabled", "true");
        // histogram buckets for latency percentiles across instances (histogram_quantile in Prometheus)
        d.put("management.metrics.distribution.slo.http.server.requests", "5ms,10ms,25ms,50ms,100ms,250ms,500ms,1s,2500ms,5s,10s");
        d.put("server.shutdown", "graceful");
        // a token minted for another system of the province is refused (production: the IdP's audience for Huiyin)
        d.put("spring.security.oauth2.resourceserver.jwt.audiences", "huiyin");
        // the issuer of the tokens a configured public key signs: the identity provider's when one is configured,
        // else ./huiyin's (cn.huiyin.local.tokens.TokenMinter.ISSUER)
        d.put("huiyin.security.token.issuer", "${spring.security.oauth2.resourceserver.jwt.issuer-uri:urn:huiyin:local}");
        d.put("huiyin.security.token.max-lifetime", "12h");
        d.put("spring.cloud.stream.kafka.binder.replication-factor", "1");
        d.put("spring.cloud.stream.kafka.binder.auto-create-topics", "true");
        d.put("springdoc.api-docs.path", "/v3/api-docs");
        d.put("springdoc.swagger-ui.path", "/swagger-ui.html");
        return d;
    }

    /**
     * Health and metrics (with their labels) are for the orchestrator and Prometheus, not for the API's clients:
     * on a port of their own, on loopback only unless {@code management.server.address} says otherwise (a container
     * sets 0.0.0.0 so that probes and Prometheus reach it, see deploy/docker/Dockerfile).
     */
    static Map<String, Object> managementServerDefaults(ConfigurableEnvironment environment) {
        Map<String, Object> d = new HashMap<>();
        d.put("management.server.address", "127.0.0.1");
        if (!environment.containsProperty("management.server.port")) {
            d.put("management.server.port", String.valueOf(managementPort(
                    environment.getProperty("server.port", Integer.class, DEFAULT_SERVER_PORT))));
        }
        return d;
    }

    /**
     * The management port of a service on {@code serverPort}: 100 above it (8081 -> 8181), so that ./huiyin's
     * HUIYIN_PORT_OFFSET moves both; a random server port (0, as in tests) gets a random one, none (-1) none.
     */
    public static int managementPort(int serverPort) {
        if (serverPort <= 0) {
            return serverPort;
        }
        int port = serverPort + MANAGEMENT_PORT_OFFSET;
        if (port > 65_535) {
            throw new IllegalStateException("server.port " + serverPort + " leaves no management port "
                    + MANAGEMENT_PORT_OFFSET + " above it; set management.server.port");
        }
        return port;
    }

    static Map<String, Object> deadLetterDefaults(ConfigurableEnvironment environment) {
        Map<String, Object> d = new HashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            for (String name : enumerable.getPropertyNames()) {
                Matcher binding = INPUT.matcher(name);
                if (!binding.matches()) {
                    continue;
                }
                String b = binding.group(1);
                String topic = environment.getProperty(name);
                // a durable group per service: an anonymous one would neither share work nor get a DLQ
                String group = environment.getProperty("spring.cloud.stream.bindings." + b + ".group",
                        environment.getProperty("spring.cloud.stream.default.group",
                                environment.getProperty("spring.application.name", "huiyin")));
                if (topic == null) {
                    continue;
                }
                d.put("spring.cloud.stream.bindings." + b + ".group", group);
                String kafka = "spring.cloud.stream.kafka.bindings." + b + ".consumer.";
                d.put(kafka + "enable-dlq", "true");
                d.put(kafka + "dlq-name", Topics.dlq(topic, group));
                String consumer = "spring.cloud.stream.bindings." + b + ".consumer.";
                d.put(consumer + "max-attempts", "3");
                d.put(consumer + "back-off-initial-interval", "500");
                d.put(consumer + "back-off-max-interval", "5000");
                d.put(consumer + "back-off-multiplier", "2.0");
            }
        }
        return d;
    }
}
