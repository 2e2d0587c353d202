package cn.huiyin.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.deploy.Dashboards.Expression;
import cn.huiyin.testkit.EmbeddedPlatform;
import cn.huiyin.simulator.Options;
import cn.huiyin.simulator.ServiceProcesses;
import cn.huiyin.simulator.replay.Replay;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;

/**
 * The four services as processes on the embedded Kafka and Mongo, a half-year of hotline traffic replayed
 * through them, and a real Prometheus scraping them with deploy/prometheus's configuration and rules: every
 * PromQL expression of every Grafana panel and every alert rule is then evaluated. Each must be valid against
 * the real series; each panel must show data, and every rule must evaluate without error.
 */
class PromQlAgainstRunningServicesTest {

    /** 毕节市, the backbone of the replay: the region the dashboards are looked at for. */
    static final String REGION = "5205";
    static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.*),\\s*(\\w+)\\)");

    static ServiceProcesses services;
    static PrometheusProcess prometheus;
    static String replayOutput;

    @BeforeAll
    static void startTheServicesAndPrometheusThenReplayAHalfYear() throws Exception {
        RequiredTools.require(Executables.onPath("prometheus").isPresent(), "Prometheus is not installed: apt-get install prometheus"
                + " (.ci/run installs it); skipping the evaluation of the dashboards' and alerts' PromQL");
        Path work = Files.createTempDirectory("huiyin-promql");
        Map<String, Object> properties = new LinkedHashMap<>(EmbeddedPlatform.get().springProperties());
        // the gauges Grafana shows are refreshed every 30-60 s in production; here every 2 s
        properties.put("huiyin.cases.watch-interval", "2s");
        properties.put("huiyin.monitoring.gauge-interval", "2s");
        properties.put("huiyin.reporting.gauge-interval", "2s");
        // a tenth of a half-year's calls has no surge by the real rule, nor two calls of one category in one township
        // within a week: here every first call of a place is a "hotspot", so their panel and alert have a counter to
        // read (HotspotDetectionTest checks the rule itself)
        properties.put("huiyin.reporting.hotspots.min-calls", "1");
        properties.put("huiyin.reporting.hotspots.min-callers", "1");
        properties.put("huiyin.reporting.hotspots.max-probability", "0.5");
        services = ServiceProcesses.start(properties, work);
        services.awaitHealthy(Duration.ofMinutes(6));
        Map<String, String> targets = new LinkedHashMap<>();
        for (String service : ServiceProcesses.SERVICES) {
            targets.put(service, services.managementUri(service).getAuthority());
        }
        prometheus = PrometheusProcess.start(targets, work);
        replayOutput = replay();
    }

    @AfterAll
    static void stopEverything() {
        if (prometheus != null) {
            prometheus.close();
        }
        if (services != null) {
            services.close();
        }
    }

    static String replay() throws Exception {
        // a token per simulated client with its role, as ./huiyin demo runs it: the city offices review the reports
        List<String> arguments = new ArrayList<>(List.of("--keys", EmbeddedPlatform.get().keysDirectory().toString(),
                "--seed", "11", "--scale", "0.1",
                "--others", "0.05", "--run-id", "promql", "--timeout", "PT2M"));
        arguments.addAll(services.addressOptions());
        Options options = Options.parse(arguments.toArray(String[]::new));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Replay.Result result = new Replay(options, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(result.differences()).as("the replay's reports; output:%n%s", output).isEmpty();
        return output;
    }

    @Test
    void everyPanelOfEveryDashboardShowsData() {
        List<Expression> expressions = Dashboards.expressions();
        assertThat(expressions).as("panel expressions").hasSizeGreaterThanOrEqualTo(20);
        Map<String, String> values = Dashboards.variableValues(REGION);
        List<String> problems = new ArrayList<>();
        // gauges and rates fill in over the first scrapes after the replay: wait until every panel has data
        try {
            awaitEveryPanel(expressions, values, problems);
        } catch (ConditionTimeoutException timeout) {
            // answered by the assertion below, which names the panels still without data
        }
        assertThat(problems).as("panels without data (Prometheus log %s)", prometheus.log()).isEmpty();
    }

    private static void awaitEveryPanel(List<Expression> expressions, Map<String, String> values,
            List<String> problems) {
        await("every panel has data").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    problems.clear();
                    for (Expression expression : expressions) {
                        String promql = expression.substituted(values);
                        try {
                            if (prometheus.query(promql).isEmpty()) {
                                problems.add("no data: " + expression + "\n    as sent: " + promql);
                            }
                        } catch (IllegalStateException invalid) {
                            problems.add("error " + invalid.getMessage() + ": " + expression);
                        }
                    }
                    return problems.isEmpty();
                });
    }

    @Test
    void everyMetricThePanelsAndAlertsNameIsExported() throws Exception {
        // a zero fallback (or vector(0)) keeps a panel from going blank, so check the names themselves too
        List<String> exported = prometheus.labelValues("__name__", "{__name__=~\".+\"}");
        List<String> missing = new ArrayList<>();
        List<Expression> expressions = new ArrayList<>(Dashboards.expressions());
        for (String alert : alertExpressions()) {
            expressions.add(new Expression("alert rules", "", "", alert, false));
        }
        for (Expression expression : expressions) {
            for (String metric : expression.metricNames()) {
                if (!exported.contains(metric) && !"ALERTS".equals(metric)) {
                    missing.add(metric + " in " + expression);
                }
            }
        }
        assertThat(missing).as("metric names no service exports").isEmpty();
    }

    @Test
    void everyTemplateVariableOffersValues() throws Exception {
        int variables = 0;
        for (Dashboards.Dashboard dashboard : Dashboards.all()) {
            for (JsonNode variable : dashboard.variables()) {
                String query = variable.path("query").isObject() ? variable.path("query").path("query").asString("")
                        : variable.path("query").asString("");
                Matcher labelValues = LABEL_VALUES.matcher(query);
                if (!labelValues.matches()) {
                    continue;
                }
                variables++;
                String selector = labelValues.group(1).replace("$region", REGION);
                List<String> offered = prometheus.labelValues(labelValues.group(2), selector);
                assertThat(offered).as("%s: $%s = %s", dashboard.title(), variable.path("name").asString(""), query)
                        .isNotEmpty();
                if ("region".equals(variable.path("name").asString(""))) {
                    assertThat(offered).as("county codes the region variable takes the city from")
                            .anyMatch(county -> county.startsWith(REGION));
                }
            }
        }
        assertThat(variables).as("label_values variables on the dashboards").isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyAlertRuleEvaluatesWithoutError() throws Exception {
        List<String> expressions = alertExpressions();
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(8);
        for (String expression : expressions) {
            // an alert that does not fire returns nothing, which is fine; an invalid one throws
            prometheus.query(expression);
        }
        await("every rule evaluated by Prometheus").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> unhealthy = new ArrayList<>();
            int rules = 0;
            for (JsonNode group : prometheus.api("/api/v1/rules").path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    rules++;
                    if (!"ok".equals(rule.path("health").asString(""))) {
                        unhealthy.add(rule.path("name").asString("") + ": " + rule.path("health").asString("")
                                + " " + rule.path("lastError").asString(""));
                    }
                }
            }
            assertThat(rules).as("rules loaded by Prometheus").isEqualTo(expressions.size());
            assertThat(unhealthy).isEmpty();
        });
    }

    @Test
    void noServiceIsDownAndNoEventWasDeadLettered() throws Exception {
        JsonNode firing = prometheus.query("ALERTS{alertstate=\"firing\", alertname=~\"HuiyinServiceDown|HuiyinServiceMissing|HuiyinDeadLetters|HuiyinHighErrorRate\"}");
        assertThat(firing).as("alerts that must not fire after a clean replay").isEmpty();
        assertThat(prometheus.query("up == 1")).as("targets up").hasSize(ServiceProcesses.SERVICES.size() + 1);
    }

    @SuppressWarnings("unchecked")
    static List<String> alertExpressions() throws Exception {
        Map<String, Object> rules = new Yaml().load(Files.readString(
                Checkout.resolve("deploy/prometheus/rules/huiyin-alerts.yml")));
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                expressions.add(String.valueOf(rule.get("expr")));
            }
        }
        return expressions;
    }
}
