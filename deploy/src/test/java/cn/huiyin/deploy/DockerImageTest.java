package cn.huiyin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * deploy/docker/Dockerfile, read as text: no Docker engine runs where the tests run, so the image is not
 * built here. What can be checked without one is checked: the pinned base, the layers, the user, the JVM
 * flags and the health check, and that /.dockerignore lets the jars through.
 */
class DockerImageTest {

    private final String dockerfile = YamlDocuments.read(Checkout.resolve("deploy/docker/Dockerfile"));
    private final List<String> instructions = Arrays.stream(dockerfile.replace("\\\n", " ").split("\n"))
            .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

    @Test
    void buildsOnAPinnedJava17RuntimeInTwoStages() {
        assertThat(dockerfile).containsPattern("ARG JRE_IMAGE=eclipse-temurin:17\\.0\\.\\d+_\\d+-jre-\\w+");
        assertThat(instructions.stream().filter(line -> line.startsWith("FROM "))).hasSize(2);
    }

    @Test
    void copiesTheJarOfTheServiceItIsBuiltFor() {
        assertThat(dockerfile).contains("COPY ${SERVICE}/target/${SERVICE}-${VERSION}.jar app.jar");
    }

    @Test
    void copiesSpringBootsLayersMostStableFirst() {
        assertThat(dockerfile)
                .contains("java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted");
        List<String> copies = instructions.stream().filter(line -> line.startsWith("COPY --from=layers")).toList();

        assertThat(copies).extracting(line -> line.replaceAll(".*/extracted/([^/]+)/.*", "$1"))
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(instructions).contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    @Test
    void runsAsAFixedUnprivilegedUser() {
        assertThat(dockerfile).contains("ARG UID=10001").contains("USER ${UID}:${UID}");
    }

    @Test
    void sizesTheHeapByTheContainersMemoryAndStopsOnOutOfMemory() {
        assertThat(dockerfile).containsPattern("JAVA_TOOL_OPTIONS=\"[^\"]*-XX:MaxRAMPercentage=75")
                .containsPattern("JAVA_TOOL_OPTIONS=\"[^\"]*-XX:\\+ExitOnOutOfMemoryError");
    }

    @Test
    void checksReadinessOnTheManagementPortTheServiceListensOn() {
        String environment = instructions.stream().filter(line -> line.startsWith("ENV ")).findFirst().orElseThrow();
        assertThat(environment).contains("SERVER_PORT=${PORT}").contains("MANAGEMENT_SERVER_PORT=${MANAGEMENT_PORT}");
        assertThat(instructions).contains("EXPOSE ${PORT} ${MANAGEMENT_PORT}");
        String healthcheck = instructions.stream().filter(line -> line.startsWith("HEALTHCHECK")).findFirst().orElseThrow();

        assertThat(healthcheck).contains("/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT}")
                .contains("GET /actuator/health/readiness").doesNotContain("curl").doesNotContain("wget");
    }

    @Test
    void letsProbesAndPrometheusReachTheManagementPortFromOutsideTheContainer() {
        String environment = instructions.stream().filter(line -> line.startsWith("ENV ")).findFirst().orElseThrow();

        assertThat(environment).as("the chassis binds it to loopback otherwise")
                .contains("MANAGEMENT_SERVER_ADDRESS=0.0.0.0");
    }

    @Test
    void sendsOnlyTheServiceJarsToTheBuilder() {
        List<String> ignore = List.of(YamlDocuments.read(Checkout.resolve(".dockerignore")).split("\n"));

        assertThat(ignore).contains("*");
        for (String service : HuiyinService.NAMES) {
            assertThat(ignore).contains("!" + service + "/target/" + service + "-*.jar");
        }
    }
}
