package cn.huiyin.deploy;

import static cn.huiyin.deploy.Manifests.container;
import static cn.huiyin.deploy.YamlDocuments.at;
import static cn.huiyin.deploy.YamlDocuments.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** deploy/k8s/overlays/production as kubectl kustomize renders it, against what the services read. */
class KubernetesManifestsTest {

    private Manifests manifests;

    @BeforeEach
    void render() {
        RequiredTools.require(Kustomize.kubectl().isPresent(), Kustomize.missingKubectl());
        manifests = Manifests.production();
    }

    @Test
    void runsEveryServiceOnItsPortWithTheActuatorProbesOnItsManagementPort() {
        for (HuiyinService service : HuiyinService.all()) {
            Map<String, Object> container = container(manifests.get("Deployment", service.name()));

            assertThat(list(container.get("ports"))).as(service.name() + "'s ports")
                    .contains(Map.of("name", "http", "containerPort", service.port()),
                            Map.of("name", "management", "containerPort", service.managementPort()));
            assertProbe(service, container, "livenessProbe", "/actuator/health/liveness");
            assertProbe(service, container, "readinessProbe", "/actuator/health/readiness");
            if (container.containsKey("startupProbe")) {
                assertProbe(service, container, "startupProbe", "/actuator/health/liveness");
            }
        }
    }

    private static void assertProbe(HuiyinService service, Map<String, Object> container, String probe, String path) {
        assertThat(at(container, probe, "httpGet", "path")).as(service.name() + "'s " + probe).isEqualTo(path);
        assertThat(at(container, probe, "httpGet", "port")).as(service.name() + "'s " + probe + " port")
                .isIn("management", service.managementPort());
    }

    @Test
    void givesEveryServiceResourcesAServiceADisruptionBudgetAndAnAutoscaler() {
        for (HuiyinService service : HuiyinService.all()) {
            String name = service.name();
            Map<String, Object> deployment = manifests.get("Deployment", name);
            Object resources = container(deployment).get("resources");
            Object podLabels = at(deployment, "spec", "template", "metadata", "labels");
            Map<String, Object> kubernetesService = manifests.get("Service", name);
            Map<String, Object> autoscaler = manifests.get("HorizontalPodAutoscaler", name);

            assertThat(YamlDocuments.map(at(resources, "requests"), "requests")).as(name).containsKeys("cpu", "memory");
            assertThat(YamlDocuments.map(at(resources, "limits"), "limits")).as(name).containsKey("memory");
            assertThat(list(at(kubernetesService, "spec", "ports"))).as(name + "'s Service")
                    .contains(Map.of("name", "http", "port", service.port(), "targetPort", "http"),
                            Map.of("name", "management", "port", service.managementPort(), "targetPort", "management"));
            assertSelects(at(kubernetesService, "spec", "selector"), podLabels, name + "'s Service");
            assertSelects(at(manifests.get("PodDisruptionBudget", name), "spec", "selector", "matchLabels"), podLabels,
                    name + "'s PodDisruptionBudget");
            assertThat(at(autoscaler, "apiVersion")).isEqualTo("autoscaling/v2");
            assertThat(at(autoscaler, "spec", "scaleTargetRef"))
                    .isEqualTo(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", name));
            assertThat((Integer) at(autoscaler, "spec", "minReplicas")).as(name + " survives losing a node")
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void runsThePodsAsNonRootOnAReadOnlyFilesystemWithAWritableTmp() {
        for (String name : HuiyinService.NAMES) {
            Map<String, Object> deployment = manifests.get("Deployment", name);
            Map<String, Object> container = container(deployment);

            assertThat(at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot")).isEqualTo(true);
            assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
            assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
            assertThat(list(container.get("volumeMounts"))).contains(Map.of("name", "tmp", "mountPath", "/tmp"));
            assertThat(list(at(deployment, "spec", "template", "spec", "volumes")))
                    .anySatisfy(volume -> assertThat(at(volume, "name")).isEqualTo("tmp"))
                    .allSatisfy(volume -> assertThat(at(volume, "emptyDir")).isNotNull());
        }
    }

    @Test
    void scrapesEveryServiceUnderItsOwnNameAsTheAlertRulesExpect() {
        List<Map<String, Object>> monitors = manifests.ofKind("ServiceMonitor");
        assertThat(monitors).hasSize(1);
        Map<String, Object> monitor = monitors.get(0);
        Object selector = at(monitor, "spec", "selector", "matchLabels");
        String jobLabel = (String) at(monitor, "spec", "jobLabel");

        assertThat(list(at(monitor, "spec", "endpoints"))).as("the ServiceMonitor's endpoints").isNotEmpty()
                .allSatisfy(endpoint -> {
                    assertThat(at(endpoint, "port")).as("the API port does not serve metrics").isEqualTo("management");
                    assertThat(at(endpoint, "path")).isEqualTo("/actuator/prometheus");
                });
        for (String name : HuiyinService.NAMES) {
            Object labels = at(manifests.get("Service", name), "metadata", "labels");
            assertSelects(selector, labels, "the ServiceMonitor, for Service " + name + ",");
            // job is the jobLabel's value on the Service, or the Service's name without one
            assertThat(jobLabel == null ? name : at(labels, jobLabel)).as("Prometheus's job for " + name).isEqualTo(name);
        }
    }

    @Test
    void givesTheSameVaultKeysToExactlyTheServicesThatSealContacts() {
        for (HuiyinService service : HuiyinService.all()) {
            Map<String, String> vault = HuiyinService.vaultVariables(
                    manifests.environment(container(manifests.get("Deployment", service.name()))));
            assertThat(vault).as(service.name() + "'s vault keys").isEqualTo(service.sealsContacts()
                    ? Map.of("HUIYIN_VAULT_KEYS_K1", "secret:huiyin-vault/keys.k1",
                            "HUIYIN_VAULT_ACTIVE_KEY", "secret:huiyin-vault/active-key",
                            "HUIYIN_VAULT_HMAC_KEY", "secret:huiyin-vault/hmac-key")
                    : Map.of());
        }
    }

    @Test
    void refersOnlyToSecretsAndConfigMapsThatAreRenderedOrProvidedOutside() {
        Map<String, Set<String>> external = ExternalSecrets.listed();
        List<String> unknown = new ArrayList<>();
        for (Manifests.Reference reference : manifests.references()) {
            var rendered = manifests.find(reference.kind(), reference.name());
            boolean known;
            if (rendered.isPresent()) {
                Object data = at(rendered.get(), "data");
                known = reference.key() == null || data instanceof Map<?, ?> values && values.containsKey(reference.key());
            } else {
                known = reference.kind().equals("Secret") && external.containsKey(reference.name())
                        && (reference.key() == null || external.get(reference.name()).contains(reference.key()));
            }
            if (!known) {
                unknown.add(reference.from() + " -> " + reference.kind() + " " + reference.name()
                        + (reference.key() == null ? "" : " key " + reference.key()));
            }
        }
        assertThat(unknown).as("references to what is neither rendered nor listed under '" + ExternalSecrets.HEADING
                + "' in deploy/README.md").isEmpty();
        assertThat(manifests.ofKind("Secret")).as("Secret values are never committed").isEmpty();
    }

    private static void assertSelects(Object selector, Object labels, String selecting) {
        assertThat(YamlDocuments.map(labels, "labels")).as(selecting + " selects by labels it has")
                .containsAllEntriesOf(YamlDocuments.map(selector, "selector"));
    }
}
