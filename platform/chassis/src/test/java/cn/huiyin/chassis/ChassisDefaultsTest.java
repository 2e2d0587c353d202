package cn.huiyin.chassis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ChassisDefaultsTest {

    static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", properties));
        return environment;
    }

    @Test
    void givesEveryInputBindingADeadLetterTopicNamedAfterTopicAndGroup() {
        Map<String, Object> defaults = ChassisDefaults.deadLetterDefaults(environmentWith(Map.of(
                "spring.application.name", "case-service",
                "spring.cloud.stream.bindings.onCaseReceived-in-0.destination", "case-received")));

        assertThat(defaults)
                .containsEntry("spring.cloud.stream.bindings.onCaseReceived-in-0.group", "case-service")
                .containsEntry("spring.cloud.stream.kafka.bindings.onCaseReceived-in-0.consumer.enable-dlq", "true")
                .containsEntry("spring.cloud.stream.kafka.bindings.onCaseReceived-in-0.consumer.dlq-name",
                        "case-received.case-service.dlq")
                .containsEntry("spring.cloud.stream.bindings.onCaseReceived-in-0.consumer.max-attempts", "3");
    }

    @Test
    void keepsAnExplicitGroup() {
        Map<String, Object> defaults = ChassisDefaults.deadLetterDefaults(environmentWith(Map.of(
                "spring.application.name", "reporting-service",
                "spring.cloud.stream.bindings.project-in-0.destination", "case-verified",
                "spring.cloud.stream.bindings.project-in-0.group", "reporting-replay")));

        assertThat(defaults).containsEntry("spring.cloud.stream.kafka.bindings.project-in-0.consumer.dlq-name",
                "case-verified.reporting-replay.dlq");
    }

    @Test
    void leavesOutputBindingsAlone() {
        Map<String, Object> defaults = ChassisDefaults.deadLetterDefaults(environmentWith(Map.of(
                "spring.cloud.stream.bindings.publish-out-0.destination", "case-received")));

        assertThat(defaults).isEmpty();
    }

    @Test
    void putsTheManagementServerOnLoopbackOneHundredAboveTheServerPort() {
        Map<String, Object> defaults = ChassisDefaults.managementServerDefaults(environmentWith(Map.of(
                "server.port", "8081")));

        assertThat(defaults).containsEntry("management.server.port", "8181")
                .containsEntry("management.server.address", "127.0.0.1");
    }

    @Test
    void followsAMovedServerPortAndGivesARandomOneARandomManagementPort() {
        assertThat(ChassisDefaults.managementServerDefaults(environmentWith(Map.of("server.port", "9081"))))
                .as("./huiyin with HUIYIN_PORT_OFFSET=1000").containsEntry("management.server.port", "9181");
        assertThat(ChassisDefaults.managementServerDefaults(environmentWith(Map.of("server.port", "0"))))
                .as("a test's random port").containsEntry("management.server.port", "0");
        assertThat(ChassisDefaults.managementServerDefaults(environmentWith(Map.of())))
                .as("Spring Boot's 8080").containsEntry("management.server.port", "8180");
    }

    @Test
    void keepsAManagementPortTheServiceGives() {
        Map<String, Object> defaults = ChassisDefaults.managementServerDefaults(environmentWith(Map.of(
                "server.port", "8081", "management.server.port", "9090")));

        assertThat(defaults).doesNotContainKey("management.server.port");
    }
}
