package cn.huiyin.deploy;

import static cn.huiyin.deploy.YamlDocuments.at;
import static cn.huiyin.deploy.YamlDocuments.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** deploy/compose: what it runs exists, is pinned, and is configured from .env.example only. */
class ComposeFileTest {

    private static final Pattern VERSION_TAG = Pattern.compile(".*[0-9].*");

    private final ComposeFile compose = new ComposeFile();

    @Test
    void pinsEveryImageToAVersionOrBuildsItWithTheDeployDockerfile() {
        compose.services().forEach((name, definition) -> {
            Object build = at(definition, "build");
            if (build != null) {
                Path context = ComposeFile.DIRECTORY.resolve(String.valueOf(at(build, "context"))).normalize();
                assertThat(context).as(name + "'s build context").isEqualTo(Checkout.root());
                assertThat(context.resolve(String.valueOf(at(build, "dockerfile")))).as(name + "'s Dockerfile")
                        .isEqualTo(Checkout.resolve("deploy/docker/Dockerfile")).isRegularFile();
                assertThat(at(definition, "image")).as(name + "'s image")
                        .isEqualTo("huiyin/" + name + ":${HUIYIN_VERSION}");
                return;
            }
            String image = String.valueOf(at(definition, "image"));
            String lastPart = image.substring(image.lastIndexOf('/') + 1);
            assertThat(image.contains("@sha256:") || lastPart.contains(":"))
                    .as(name + "'s image " + image + " has a tag").isTrue();
            String tag = lastPart.substring(lastPart.indexOf(':') + 1);
            assertThat(tag).as(name + "'s image tag").isNotEqualTo("latest").matches(VERSION_TAG);
        });
    }

    @Test
    void mountsOnlyFilesOfTheRepositoryAndDeclaredVolumes() {
        List<String> missing = new ArrayList<>();
        compose.services().forEach((name, definition) -> {
            for (Object volume : list(at(definition, "volumes"))) {
                String source = volume instanceof Map<?, ?>
                        ? String.valueOf(at(volume, "source"))
                        : String.valueOf(volume).split(":")[0];
                if (!isHostPath(source)) {
                    assertThat(compose.namedVolumes()).as(name + "'s volume " + source).contains(source);
                    continue;
                }
                Path host = ComposeFile.DIRECTORY.resolve(ComposeFile.interpolate(source)).normalize();
                // ./data is git-ignored: ./huiyin writes the local signing key there (.env.example says how)
                if (!host.startsWith(Checkout.resolve("data")) && !Files.exists(host)) {
                    missing.add(name + ": " + source + " (" + host + ")");
                }
            }
            for (Object file : list(at(definition, "env_file"))) {
                if (!Files.isRegularFile(ComposeFile.DIRECTORY.resolve(String.valueOf(file)))) {
                    missing.add(name + ": env_file " + file);
                }
            }
        });
        assertThat(missing).as("bind-mounted paths that do not exist").isEmpty();
    }

    private static boolean isHostPath(String source) {
        return source.startsWith(".") || source.startsWith("/") || source.startsWith("~") || source.startsWith("$");
    }

    @Test
    void usesExactlyTheVariablesOfTheEnvExample() {
        Set<String> defined = ComposeFile.envExample().keySet();
        Set<String> used = compose.variablesUsed();

        assertThat(defined).as("variables docker-compose.yml uses but .env.example does not define")
                .containsAll(used);
        Set<String> unused = new HashSet<>(defined);
        unused.removeAll(used);
        unused.removeIf(variable -> variable.startsWith("COMPOSE_")); // read by compose itself
        assertThat(unused).as("variables .env.example defines but docker-compose.yml does not use").isEmpty();
    }

    @Test
    void runsCaseServiceTwiceWithoutAFixedHostPort() {
        Map<String, Object> caseService = compose.service("case-service");

        assertThat(at(caseService, "deploy", "replicas")).isEqualTo(2);
        assertThat(caseService).doesNotContainKey("container_name");
        for (Object port : list(caseService.get("ports"))) {
            assertThat(hostPort(String.valueOf(port))).as("case-service's published port " + port).isEmpty();
        }
    }

    @Test
    void exposesEveryServiceOnItsOwnPortAndChecksItsReadinessOnItsManagementPort() {
        for (HuiyinService service : HuiyinService.all()) {
            String name = service.name();
            String port = String.valueOf(service.port());
            String managementPort = String.valueOf(service.managementPort());
            Map<String, Object> definition = compose.service(name);

            assertThat(String.valueOf(at(definition, "build", "args", "SERVICE"))).as(name + "'s build arg SERVICE")
                    .isEqualTo(name);
            assertThat(String.valueOf(at(definition, "build", "args", "PORT")))
                    .as(name + "'s build arg PORT, the image's SERVER_PORT").isEqualTo(port);
            assertThat(String.valueOf(at(definition, "build", "args", "MANAGEMENT_PORT")))
                    .as(name + "'s build arg MANAGEMENT_PORT, the image's MANAGEMENT_SERVER_PORT and health check port")
                    .isEqualTo(managementPort);
            assertThat(compose.environment(name).getOrDefault("SERVER_PORT", port)).as(name + "'s SERVER_PORT")
                    .isEqualTo(port);
            assertThat(compose.environment(name).getOrDefault("MANAGEMENT_SERVER_PORT", managementPort))
                    .as(name + "'s MANAGEMENT_SERVER_PORT").isEqualTo(managementPort);
            Object healthcheck = at(definition, "healthcheck", "test");
            if (healthcheck != null) { // the image's HEALTHCHECK applies otherwise (DockerImageTest)
                assertThat(String.valueOf(healthcheck)).as(name + "'s health check")
                        .contains("/actuator/health/readiness").contains(managementPort);
            }
        }
    }

    @Test
    void publishesTheApiPortsButNeverTheManagementPorts() {
        for (HuiyinService service : HuiyinService.all()) {
            List<Object> published = list(compose.service(service.name()).get("ports"));

            assertThat(published).as(service.name() + "'s published ports").isNotEmpty();
            for (Object mapping : published) {
                assertThat(containerPort(String.valueOf(mapping))).as(service.name() + "'s published port " + mapping)
                        .isEqualTo(service.port()).isNotEqualTo(service.managementPort());
            }
        }
    }

    @Test
    void scrapesEveryServiceOnItsManagementPort() {
        Map<String, Object> prometheus = YamlDocuments.load(Checkout.resolve("deploy/prometheus/prometheus.yml"));
        Map<String, Object> jobs = new HashMap<>();
        for (Object job : list(prometheus.get("scrape_configs"))) {
            jobs.put(String.valueOf(at(job, "job_name")), job);
        }
        for (HuiyinService service : HuiyinService.all()) {
            Object job = jobs.get(service.name());
            assertThat(job).as("prometheus.yml's job " + service.name()).isNotNull();
            assertThat(at(job, "metrics_path")).isEqualTo("/actuator/prometheus");
            List<Integer> ports = new ArrayList<>();
            for (Object config : list(at(job, "static_configs"))) {
                list(at(config, "targets")).forEach(target -> ports.add(containerPort(String.valueOf(target))));
            }
            for (Object config : list(at(job, "dns_sd_configs"))) {
                ports.add((Integer) at(config, "port"));
            }
            assertThat(ports).as(service.name() + "'s scraped ports").isNotEmpty()
                    .containsOnly(service.managementPort());
        }
    }

    @Test
    void startsTheServicesOnlyOnceTheTopicsAndTheReplicaSetExist() {
        for (String name : HuiyinService.NAMES) {
            for (String init : List.of("kafka-init", "mongo-init")) {
                assertThat(at(compose.service(name), "depends_on", init, "condition"))
                        .as(name + " waits for " + init).isEqualTo("service_completed_successfully");
            }
        }
        assertThat(compose.environment("intake-service").get("SPRING_MONGODB_URI")).contains("replicaSet=rs0");
        assertThat(YamlDocuments.read(ComposeFile.DIRECTORY.resolve("mongo-init-replica-set.js"))).contains("_id: 'rs0'");
    }

    @Test
    void createsEveryTopicAndEveryConsumersDeadLetterTopic() {
        String script = YamlDocuments.read(ComposeFile.DIRECTORY.resolve("create-topics.sh"));

        for (String topic : HuiyinService.allTopics()) {
            assertThat(script).as("create-topics.sh creates " + topic)
                    .containsPattern("(?m)(^|[\\s(])" + Pattern.quote(topic) + "($|[\\s)])");
        }
    }

    @Test
    void isAcceptedByDockerComposeWithTheExampleEnvironment() {
        Optional<List<String>> compose = DockerCompose.command();
        if (compose.isEmpty()) {
            System.out.println("ComposeFileTest: neither docker-compose nor docker compose is on the PATH;"
                    + " `config -q` is skipped (apt-get install docker-compose runs it without an engine)");
        }
        RequiredTools.require(compose.isPresent(), "no docker-compose or docker compose on the PATH");

        DockerCompose.Result result = DockerCompose.run(DockerCompose.concat(compose.get(),
                "-f", "deploy/compose/docker-compose.yml", "--env-file", "deploy/compose/.env.example", "config", "-q"));

        assertThat(result.exitCode()).as(String.join(" ", compose.get()) + " config -q said:\n" + result.output()).isZero();
    }

    private static int containerPort(String mapping) {
        String[] parts = mapping.split(":");
        return Integer.parseInt(parts[parts.length - 1].replaceAll("/.*", ""));
    }

    /** The host port of short syntax [ip:][host:]container, "" when Docker chooses it. */
    private static String hostPort(String mapping) {
        String[] parts = mapping.split(":", -1);
        return parts.length == 1 ? "" : parts[parts.length - 2];
    }
}
