package cn.huiyin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/prometheus checked by Prometheus's own tool: the scrape configuration, the alert rules, and
 * their unit tests, in which every alert must fire at least once and stay quiet at least once.
 */
class PrometheusRulesTest {

    static final Path PROMETHEUS = Checkout.resolve("deploy/prometheus");
    static final Path RULES = PROMETHEUS.resolve("rules/huiyin-alerts.yml");
    static final Path TESTS = PROMETHEUS.resolve("tests/huiyin-alerts.test.yml");

    @BeforeAll
    static void promtoolIsThere() {
        RequiredTools.require(Executables.onPath("promtool").isPresent(),
                "promtool is not installed: apt-get install prometheus (.ci/run installs it); skipping the promtool checks");
    }

    @Test
    void scrapeConfigurationIsValid() throws Exception {
        assertThat(promtool("check", "config", PROMETHEUS.resolve("prometheus.yml").toString())).contains("SUCCESS");
    }

    @Test
    void scrapeConfigurationLoadsTheRules(@TempDir Path dir) throws Exception {
        // the mounted path /etc/prometheus/rules does not exist here: point the same file at the repository's rules
        String config = Files.readString(PROMETHEUS.resolve("prometheus.yml"))
                .replace("/etc/prometheus/rules/*.yml", PROMETHEUS.resolve("rules").toAbsolutePath() + "/*.yml");
        Path copy = Files.writeString(dir.resolve("prometheus.yml"), config);

        assertThat(promtool("check", "config", copy.toString())).contains("SUCCESS").contains("rules found");
    }

    @Test
    void alertRulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", RULES.toString())).contains("SUCCESS");
    }

    @Test
    void alertRulesPassTheirUnitTests() throws Exception {
        assertThat(promtool("test", "rules", TESTS.toString())).contains("SUCCESS");
    }

    @Test
    void everyAlertIsTestedFiringAndQuiet() throws IOException {
        Set<String> alerts = alertNames();
        Set<String> firing = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (Map<String, Object> test : list(yaml(TESTS).get("tests"))) {
            for (Map<String, Object> check : list(test.get("alert_rule_test"))) {
                String alert = (String) check.get("alertname");
                (list(check.get("exp_alerts")).isEmpty() ? quiet : firing).add(alert);
            }
        }

        assertThat(alerts).as("the alerts of %s", RULES).hasSizeGreaterThanOrEqualTo(8);
        assertThat(firing).as("alerts with a test in which they fire").containsAll(alerts);
        assertThat(quiet).as("alerts with a test in which they stay quiet").containsAll(alerts);
    }

    /** Alert names of the rules file, each with a severity and a summary. */
    static Set<String> alertNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> group : list(yaml(RULES).get("groups"))) {
            for (Map<String, Object> rule : list(group.get("rules"))) {
                if (rule.containsKey("alert")) {
                    assertThat(String.valueOf(rule.get("labels"))).as("labels of %s", rule.get("alert"))
                            .contains("severity=");
                    assertThat(String.valueOf(rule.get("annotations"))).as("annotations of %s", rule.get("alert"))
                            .contains("summary=", "description=");
                    names.add((String) rule.get("alert"));
                }
            }
        }
        return names;
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static String promtool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("promtool finished").isTrue();
        assertThat(process.exitValue()).as("promtool %s:%n%s", String.join(" ", args), output).isZero();
        return output;
    }
}
