package cn.huiyin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The PrometheusRule of deploy/k8s/base is a copy of deploy/prometheus/rules/huiyin-alerts.yml (kustomize
 * cannot load a file outside its directory): its groups must equal the file's, compared as parsed YAML.
 * -Dhuiyin.regenerate=true rewrites the copy from the file.
 */
class KubernetesPrometheusRuleTest {

    static final Path RULES = Checkout.resolve("deploy/prometheus/rules/huiyin-alerts.yml");
    static final Path RESOURCE = Checkout.resolve("deploy/k8s/base/monitoring/prometheus-rule.yaml");
    static final String REGENERATE =
            "./mvnw -B -f deploy/pom.xml test -Dtest=KubernetesPrometheusRuleTest -Dhuiyin.regenerate=true";

    @Test
    void hasExactlyTheAlertRuleGroupsOfThePrometheusRulesFile() {
        assertThat(RULES).as("the alert rules, which the PrometheusRule copies").isRegularFile();
        Object groups = YamlDocuments.load(RULES).get("groups");
        if (Boolean.getBoolean("huiyin.regenerate")) {
            write(groups);
        }
        Map<String, Object> resource = YamlDocuments.load(RESOURCE);

        assertThat(resource.get("kind")).isEqualTo("PrometheusRule");
        assertThat(resource.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
        assertThat(YamlDocuments.at(resource, "spec", "groups"))
                .as(Checkout.relative(RESOURCE) + " differs from " + Checkout.relative(RULES) + "; regenerate it with\n  "
                        + REGENERATE + "\n")
                .isEqualTo(groups);
    }

    private static void write(Object groups) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "monitoring.coreos.com/v1");
        resource.put("kind", "PrometheusRule");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", "huiyin-alerts");
        metadata.put("labels", Map.of("app.kubernetes.io/part-of", "huiyin"));
        resource.put("metadata", metadata);
        resource.put("spec", Map.of("groups", groups));
        String header = """
                # Generated from deploy/prometheus/rules/huiyin-alerts.yml, which stays the source: kustomize cannot
                # load a file outside deploy/k8s/base. Edit the rules there, then regenerate this copy with
                #   %s
                # (deploy's KubernetesPrometheusRuleTest fails while the two differ.) Give this resource the label
                # your Prometheus selects rules by (deploy/README.md).
                """.formatted(REGENERATE);
        try {
            Files.writeString(RESOURCE, header + yaml().dump(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Block style; multi-line strings (PromQL, descriptions) as literal blocks, the rest as SnakeYAML quotes them. */
    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        Representer representer = new Representer(options) {
            {
                Represent plain = representers.get(String.class);
                representers.put(String.class, data -> ((String) data).contains("\n")
                        ? representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.LITERAL)
                        : plain.representData(data));
            }
        };
        return new Yaml(representer, options);
    }
}
