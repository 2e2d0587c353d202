package cn.huiyin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every environment variable compose or Kubernetes gives a service names a setting that service reads
 * (ServiceSettings): a misspelt SPRING_MONGODB_URL would otherwise be ignored, and the service would run on
 * its local defaults.
 */
class ServiceEnvironmentTest {

    @Test
    void composeGivesEachServiceOnlyVariablesItReads() {
        ComposeFile compose = new ComposeFile();
        List<String> unread = new ArrayList<>();
        for (HuiyinService service : HuiyinService.all()) {
            unread.addAll(unread(service, compose.environment(service.name()).keySet()));
        }
        assertThat(unread).as("variables in docker-compose.yml no property of the service matches").isEmpty();
    }

    @Test
    void kubernetesGivesEachServiceOnlyVariablesItReads() {
        RequiredTools.require(Kustomize.kubectl().isPresent(), Kustomize.missingKubectl());
        Manifests manifests = Manifests.production();
        List<String> unread = new ArrayList<>();
        for (HuiyinService service : HuiyinService.all()) {
            var container = Manifests.container(manifests.get("Deployment", service.name()));
            unread.addAll(unread(service, manifests.environment(container).keySet()));
        }
        assertThat(unread).as("variables in the production manifests no property of the service matches").isEmpty();
    }

    @Test
    void composeGivesTheSameVaultKeysToExactlyTheServicesThatSealContacts() {
        ComposeFile compose = new ComposeFile();
        for (HuiyinService service : HuiyinService.all()) {
            assertThat(compose.environment(service.name()).containsKey("HUIYIN_VAULT_HMAC_KEY"))
                    .as(service.name() + " has the vault keys").isEqualTo(service.sealsContacts());
        }
        assertThat(HuiyinService.vaultVariables(compose.environment("intake-service"))).isNotEmpty()
                .isEqualTo(HuiyinService.vaultVariables(compose.environment("monitoring-service")));
    }

    private static List<String> unread(HuiyinService service, Collection<String> variables) {
        ServiceSettings settings = ServiceSettings.of(service);
        return variables.stream().filter(variable -> !settings.reads(variable))
                .map(variable -> service.name() + ": " + variable).toList();
    }
}
