package cn.huiyin.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.huiyin.deploy.Dashboards.Dashboard;
import cn.huiyin.deploy.Dashboards.Expression;
import cn.huiyin.deploy.Dashboards.Panel;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GrafanaDashboardsTest {

    /** What the services and Prometheus expose (issue 8); a dashboard may query nothing else. */
    static final Set<String> METRICS = Set.of("up",
            "http_server_requests_seconds_bucket", "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum",
            "jvm_memory_used_bytes", "jvm_memory_max_bytes", "jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum",
            "process_cpu_usage", "jvm_threads_live_threads",
            "huiyin_events_published_total", "huiyin_events_publish_latency_seconds_bucket",
            "huiyin_events_consumed_total", "huiyin_events_handle_seconds_count", "huiyin_events_handle_seconds_sum",
            "huiyin_outbox_backlog", "spring_cloud_stream_binder_kafka_offset", "huiyin_events_dead_lettered_total",
            "huiyin_calls_received_total", "huiyin_cases_open", "huiyin_cases_overdue", "huiyin_cases_due_soon",
            "huiyin_cases_days_to_verification_days_bucket", "huiyin_cases_days_to_verification_days_count",
            "huiyin_cases_days_to_verification_days_sum", "huiyin_cases_verified_total", "huiyin_callbacks_total",
            "huiyin_cases_reopened_total", "huiyin_cases_transitions_total",
            "huiyin_households_risk_level", "huiyin_households", "huiyin_hotspots_detected_total", "huiyin_reporting_league", "huiyin_instructions_overdue",
            "huiyin_reporting_satisfaction", "huiyin_reporting_backlog", "huiyin_reporting_lag_records",
            "huiyin_mongo_commands_total", "huiyin_mongo_commands_per_request_sum",
            "huiyin_mongo_commands_per_request_count");

    /** The metrics with a county label: on the Hotline they must follow the region and county variables. */
    static final Set<String> BY_COUNTY = Set.of("huiyin_calls_received_total", "huiyin_cases_open",
            "huiyin_cases_overdue", "huiyin_cases_due_soon", "huiyin_cases_days_to_verification_days_bucket",
            "huiyin_cases_days_to_verification_days_count", "huiyin_cases_days_to_verification_days_sum",
            "huiyin_cases_verified_total", "huiyin_callbacks_total", "huiyin_households_risk_level");

    static final Set<String> VARIABLES = Dashboards.variableValues("5205").keySet();

    private static final String DASHBOARDS_MOUNT = "/var/lib/grafana/dashboards";
    private static final Pattern VARIABLE_MATCHER = Pattern.compile("(\\w+)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");

    @Test
    void parsesBothDashboardsUnderUniqueUids() {
        List<Dashboard> dashboards = Dashboards.all();

        assertThat(dashboards).extracting(Dashboard::uid).contains("huiyin-platform", "huiyin-hotline")
                .doesNotHaveDuplicates().allSatisfy(uid -> assertThat(uid).isNotBlank());
        assertThat(dashboards).allSatisfy(dashboard -> {
            assertThat(dashboard.title()).isNotBlank();
            assertThat(dashboard.json().path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
            assertThat(dashboard.json().path("id").isNull()).as("%s has no database id", dashboard.uid()).isTrue();
        });
    }

    @Test
    void givesEveryPanelAQueryWithARefIdAndAnExpression() {
        for (Dashboard dashboard : Dashboards.all()) {
            List<Panel> panels = dashboard.panels();
            assertThat(panels).as(dashboard.uid()).isNotEmpty();
            assertThat(panels).as("panel ids of %s", dashboard.uid()).extracting(p -> p.json().path("id").asInt())
                    .doesNotHaveDuplicates();
            assertThat(panels).as("panel titles of %s", dashboard.uid()).extracting(Panel::title)
                    .doesNotHaveDuplicates().allSatisfy(title -> assertThat(title).isNotBlank());
            assertThat(panels).allSatisfy(panel -> {
                assertThat(panel.expressions()).as(panel.title()).isNotEmpty()
                        .allSatisfy(expression -> assertThat(expression.expr()).as(expression.toString()).isNotBlank())
                        .allSatisfy(expression -> assertThat(expression.refId()).as(expression.toString()).isNotBlank())
                        .extracting(Expression::refId).doesNotHaveDuplicates();
                assertThat(panel.json().path("fieldConfig").path("defaults").path("unit").asString(""))
                        .as("unit of %s", panel.title()).isNotBlank();
            });
        }
    }

    @Test
    void findsThePanelsInsideCollapsedRows() {
        JsonNode json = JsonMapper.shared().readTree("""
                {"uid": "rows", "panels": [
                  {"type": "row", "title": "open row", "panels": []},
                  {"type": "stat", "title": "top", "targets": [{"refId": "A", "expr": "up"}]},
                  {"type": "row", "title": "collapsed row", "collapsed": true, "panels": [
                    {"type": "timeseries", "title": "nested", "targets": [{"refId": "A", "expr": "huiyin_outbox_backlog"}]}
                  ]}
                ]}""");
        Dashboard dashboard = new Dashboard(Path.of("rows.json"), "rows", "rows", json);

        assertThat(dashboard.panels()).extracting(Panel::title).containsExactly("top", "nested");
        assertThat(dashboard.expressions()).extracting(Expression::toString)
                .containsExactly("rows / top / A: up", "rows / nested / A: huiyin_outbox_backlog");
    }

    @Test
    void pointsEveryDatasourceAtTheProvisionedPrometheus() throws IOException {
        Map<String, Object> provisioning = yaml(Dashboards.grafanaDirectory()
                .resolve("provisioning/datasources/prometheus.yml"));
        List<Map<String, Object>> datasources = list(provisioning.get("datasources"));
        assertThat(datasources).singleElement().satisfies(prometheus -> assertThat(prometheus)
                .containsEntry("uid", "prometheus").containsEntry("type", "prometheus")
                .containsEntry("url", "http://prometheus:9090").containsEntry("isDefault", true));
        Set<String> provisioned = datasources.stream().map(ds -> String.valueOf(ds.get("uid")))
                .collect(Collectors.toSet());

        for (Dashboard dashboard : Dashboards.all()) {
            List<JsonNode> references = new ArrayList<>();
            collect(dashboard.json(), "datasource", references);
            assertThat(references).as(dashboard.uid()).isNotEmpty().allSatisfy(reference -> {
                if (!"grafana".equals(reference.path("type").asString(""))) {
                    assertThat(reference.isObject()).as("datasource %s names a uid", reference).isTrue();
                    assertThat(reference.path("uid").asString("")).isIn(provisioned);
                }
            });
            assertThat(dashboard.panels()).allSatisfy(panel -> assertThat(panel.json().path("targets"))
                    .allSatisfy(target -> assertThat(target.path("datasource").path("uid").asString(""))
                            .as("target %s of %s", target.path("refId"), panel.title()).isEqualTo("prometheus")));
        }
    }

    @Test
    void letsTheHotlineBeFilteredByRegionAndCounty() {
        Dashboard hotline = Dashboards.byUid("huiyin-hotline");
        JsonNode region = variable(hotline, "region");
        JsonNode county = variable(hotline, "county");

        assertThat(region.path("definition").asString())
                .isEqualTo("label_values(huiyin_calls_received_total, county)");
        assertThat(region.path("regex").asString()).isEqualTo("/^(\\d{4})/");
        assertThat(county.path("definition").asString())
                .isEqualTo("label_values(huiyin_calls_received_total{county=~\"$region.*\"}, county)");
        assertThat(county.path("multi").asBoolean()).isTrue();
        assertThat(county.path("includeAll").asBoolean()).isTrue();
        assertThat(county.path("allValue").asString()).isEqualTo(".*");
        assertThat(hotline.expressions()).filteredOn(usesAnyOf(BY_COUNTY)).isNotEmpty();
        assertThat(offending(hotline.expressions(), expression -> usesAnyOf(BY_COUNTY).test(expression)
                && !(expression.expr().contains("county=~\"$region.*\"")
                        && expression.expr().contains("county=~\"$county\""))))
                .as("expressions of county metrics that do not follow $region and $county").isEmpty();
    }

    @Test
    void letsThePlatformBeFilteredByApplication() {
        JsonNode application = variable(Dashboards.byUid("huiyin-platform"), "application");

        assertThat(application.path("multi").asBoolean()).isTrue();
        assertThat(application.path("includeAll").asBoolean()).isTrue();
        assertThat(application.path("allValue").asString()).isEqualTo(".*");
    }

    @Test
    void definesOnlyVariablesThatSomethingUses() {
        for (Dashboard dashboard : Dashboards.all()) {
            Set<String> used = new HashSet<>();
            dashboard.expressions().forEach(expression -> used.addAll(expression.variables()));
            dashboard.variables().forEach(variable -> used.addAll(new Expression(dashboard.uid(), "variable", "",
                    variable.path("definition").asString(""), false).variables()));

            assertThat(dashboard.variables()).extracting(variable -> variable.path("name").asString())
                    .as(dashboard.uid()).allSatisfy(name -> assertThat(used).contains(name));
        }
    }

    @Test
    void usesOnlyTheVariablesTheChecksSubstitute() {
        assertThat(offending(Dashboards.expressions(), expression -> !VARIABLES.containsAll(expression.variables())))
                .as("expressions with variables other than %s", VARIABLES).isEmpty();
    }

    @Test
    void matchesEveryVariableWithARegex() {
        assertThat(offending(Dashboards.expressions(),
                expression -> !variableMatchersWithoutRegex(expression.expr()).isEmpty()))
                .as("expressions matching a variable with =, != or !~").isEmpty();
    }

    @Test
    void queriesOnlyMetricsTheServicesExpose() {
        List<Expression> expressions = Dashboards.expressions();

        assertThat(expressions).hasSizeGreaterThan(20);
        assertThat(offending(expressions, expression -> expression.metricNames().isEmpty()))
                .as("expressions that select no metric").isEmpty();
        assertThat(expressions.stream().flatMap(expression -> expression.metricNames().stream()
                .filter(name -> !METRICS.contains(name)).map(name -> name + " in " + expression)))
                .as("metrics the services do not expose").isEmpty();
    }

    @Test
    void readsMetricNamesAndVariablesOutOfAnExpression() {
        Expression known = expression("histogram_quantile(0.95, sum by (application, le) (rate("
                + "http_server_requests_seconds_bucket{application=~\"$application\", uri!~\"/actuator.*\"}"
                + "[$__rate_interval]))) / on() group_left() clamp_min(sum(up offset 5m), 1e-9) or vector(0)");
        Expression unknown = expression("sum by (county) (rate(huiyin_calls_recieved_total{county=~\"${county}\"}[5m]))"
                + " and ignoring(type) huiyin_cases_open{county=\"[[region]]\"}");

        assertThat(known.metricNames()).containsExactly("http_server_requests_seconds_bucket", "up");
        assertThat(known.variables()).containsExactly("application", "__rate_interval");
        assertThat(unknown.metricNames()).containsExactly("huiyin_calls_recieved_total", "huiyin_cases_open");
        assertThatThrownBy(() -> assertThat(unknown.metricNames()).isSubsetOf(METRICS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("huiyin_calls_recieved_total");
        assertThat(unknown.variables()).containsExactly("county", "region");
        assertThatThrownBy(() -> assertThat(expression("up{job=~\"$datasource\"}").variables()).isSubsetOf(VARIABLES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("datasource");
        assertThat(variableMatchersWithoutRegex(unknown.expr())).containsExactly("county=\"[[region]]\"");
        assertThat(known.substituted(Dashboards.variableValues("5205")))
                .contains("application=~\".*\"", "[1m]").doesNotContain("$");
    }

    @Test
    void readsDashboardsFromTheDirectoryGrafanaMountsThemIn() throws IOException {
        Map<String, Object> provisioning = yaml(Dashboards.grafanaDirectory()
                .resolve("provisioning/dashboards/huiyin.yml"));

        List<Map<String, Object>> providers = list(provisioning.get("providers"));
        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider).containsEntry("type", "file").containsEntry("folder", "Huiyin");
            assertThat(provider.get("options")).isInstanceOfSatisfying(Map.class,
                    options -> assertThat(options).containsEntry("path", DASHBOARDS_MOUNT));
        });
    }

    @Test
    void composeMountsTheDashboardsWhereTheProviderReadsThem() throws IOException {
        Map<String, String> mounts = grafanaMountsInComposeFiles();
        assumeThat(mounts).as("a compose file under deploy/ that mounts the Grafana files").isNotEmpty();

        mounts.forEach((source, target) -> {
            if (source.endsWith("grafana/dashboards")) {
                assertThat(target).as(source).isEqualTo(DASHBOARDS_MOUNT);
            } else if (source.endsWith("grafana/provisioning")) {
                assertThat(target).as(source).isEqualTo("/etc/grafana/provisioning");
            }
        });
        assertThat(mounts.values()).contains(DASHBOARDS_MOUNT);
    }

    private static Expression expression(String expr) {
        return new Expression("test", "test", "A", expr, false);
    }

    private static List<String> offending(List<Expression> expressions, Predicate<Expression> wrong) {
        return expressions.stream().filter(wrong).map(Expression::toString).toList();
    }

    private static Predicate<Expression> usesAnyOf(Set<String> metrics) {
        return expression -> expression.metricNames().stream().anyMatch(metrics::contains);
    }

    private static List<String> variableMatchersWithoutRegex(String expr) {
        List<String> offending = new ArrayList<>();
        Matcher matcher = VARIABLE_MATCHER.matcher(expr);
        while (matcher.find()) {
            boolean variable = matcher.group(3).contains("$") || matcher.group(3).contains("[[");
            if (variable && !matcher.group(2).equals("=~")) {
                offending.add(matcher.group());
            }
        }
        return offending;
    }

    private static JsonNode variable(Dashboard dashboard, String name) {
        return dashboard.variables().stream().filter(v -> name.equals(v.path("name").asString(""))).findFirst()
                .orElseThrow(() -> new AssertionError(dashboard.uid() + " has no variable " + name));
    }

    private static void collect(JsonNode node, String property, List<JsonNode> found) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals(property)) {
                    found.add(entry.getValue());
                }
                collect(entry.getValue(), property, found);
            });
        } else if (node.isArray()) {
            node.values().forEach(child -> collect(child, property, found));
        }
    }

    /** Bind-mount source (relative to the compose file) to target, for every Grafana file a compose file mounts. */
    private static Map<String, String> grafanaMountsInComposeFiles() throws IOException {
        Path deploy = Dashboards.grafanaDirectory().getParent();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(deploy, 3)) {
            files = walk.filter(file -> file.getFileName().toString().matches("(docker-)?compose.*\\.ya?ml"))
                    .filter(file -> !deploy.relativize(file).startsWith("target")).toList();
        }
        Map<String, String> mounts = new TreeMap<>();
        for (Path file : files) {
            Map<String, Object> services = map(yaml(file).get("services"));
            for (Object service : services.values()) {
                for (Object volume : list(map(service).get("volumes"))) {
                    String source;
                    String target;
                    if (volume instanceof Map<?, ?> longSyntax) {
                        source = String.valueOf(longSyntax.get("source"));
                        target = String.valueOf(longSyntax.get("target"));
                    } else {
                        String[] parts = String.valueOf(volume).split(":");
                        source = parts[0];
                        target = parts.length > 1 ? parts[1] : "";
                    }
                    source = source.replaceAll("/+$", "");
                    if (source.contains("grafana/")) {
                        mounts.put(source, target.replaceAll("/+$", ""));
                    }
                }
            }
        }
        return mounts;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return map(new Yaml().load(reader));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value instanceof List<?> list ? (List<T>) list : List.of();
    }
}
