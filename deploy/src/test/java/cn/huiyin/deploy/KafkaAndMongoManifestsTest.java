package cn.huiyin.deploy;

import static cn.huiyin.deploy.Manifests.container;
import static cn.huiyin.deploy.Manifests.labels;
import static cn.huiyin.deploy.Manifests.name;
import static cn.huiyin.deploy.YamlDocuments.at;
import static cn.huiyin.deploy.YamlDocuments.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kafka (Strimzi) and MongoDB (the community operator) in deploy/k8s/overlays/production, against the topics
 * and databases the services use.
 */
class KafkaAndMongoManifestsTest {

    private Manifests manifests;

    @BeforeEach
    void render() {
        RequiredTools.require(Kustomize.kubectl().isPresent(), Kustomize.missingKubectl());
        manifests = Manifests.production();
    }

    @Test
    void runsKafkaInKraftModeWithEveryTopicReplicatedThreeTimes() {
        Map<String, Object> kafka = manifests.ofKind("Kafka").get(0);
        String cluster = name(kafka);
        Map<String, Object> config = YamlDocuments.map(at(kafka, "spec", "kafka", "config"), "Kafka config");

        assertThat(at(kafka, "spec", "zookeeper")).isNull();
        assertThat(manifests.ofKind("KafkaNodePool"))
                .allSatisfy(pool -> assertThat(labels(pool)).containsEntry("strimzi.io/cluster", cluster))
                .anySatisfy(pool -> assertThat(list(at(pool, "spec", "roles"))).contains("controller"))
                .anySatisfy(pool -> assertThat(list(at(pool, "spec", "roles"))).contains("broker"));
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2);

        for (String topic : HuiyinService.allTopics()) {
            Map<String, Object> resource = kafkaTopic(topic);
            // the main topic of a dead-letter topic <topic>.<group>.dlq
            Map<String, Object> source = kafkaTopic(topic.replaceAll("\\..*", ""));

            assertThat(labels(resource)).as(topic).containsEntry("strimzi.io/cluster", cluster);
            assertThat(at(resource, "spec", "replicas")).as(topic + "'s replicas (absent: the cluster's default)")
                    .isIn(null, 3);
            assertThat(at(resource, "spec", "config", "min.insync.replicas")).as(topic + "'s min.insync.replicas")
                    .isIn(null, 2);
            // the binder writes a dead letter to the partition number the record came from
            assertThat(at(resource, "spec", "partitions")).as(topic + "'s partitions")
                    .isEqualTo(at(source, "spec", "partitions"));
        }
        for (String name : HuiyinService.NAMES) {
            assertThat(manifests.environment(container(manifests.get("Deployment", name))))
                    .containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_REPLICATION_FACTOR", "3");
        }
    }

    /** The KafkaTopic of a topic: its spec.topicName, or its name when it has none. */
    private Map<String, Object> kafkaTopic(String topic) {
        return manifests.ofKind("KafkaTopic").stream()
                .filter(resource -> topic.equals(at(resource, "spec", "topicName") == null
                        ? name(resource) : at(resource, "spec", "topicName")))
                .findFirst().orElseThrow(() -> new AssertionError("no KafkaTopic for " + topic));
    }

    @Test
    void runsMongodbAsAReplicaSetOfThreeWithAUserForEachServicesDatabase() {
        List<Map<String, Object>> replicaSets = manifests.ofKind("MongoDBCommunity");
        assertThat(replicaSets).hasSize(1);
        Map<String, Object> mongo = replicaSets.get(0);

        assertThat(at(mongo, "spec", "members")).isEqualTo(3);
        assertThat(at(mongo, "spec", "type")).isEqualTo("ReplicaSet");
        assertThat(String.valueOf(at(mongo, "spec", "version"))).startsWith("8.0.");
        for (HuiyinService service : HuiyinService.all()) {
            Map<String, String> environment = manifests.environment(container(manifests.get("Deployment", service.name())));
            Object user = list(at(mongo, "spec", "users")).stream().filter(u -> service.name().equals(at(u, "name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no MongoDB user " + service.name()));

            assertThat(environment).containsEntry("SPRING_MONGODB_DATABASE", service.database());
            assertThat(list(at(user, "roles"))).containsExactly(Map.of("name", "readWrite", "db", service.database()));
            assertThat(environment).containsEntry("SPRING_MONGODB_URI",
                    "secret:" + at(user, "connectionStringSecretName") + "/connectionString.standard");
        }
    }
}
