package cn.huiyin.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboards of {@code deploy/grafana/dashboards} and every PromQL expression in their panels: for
 * the structural checks of {@link GrafanaDashboardsTest} and for evaluating each expression against a
 * Prometheus that scraped the running services.
 */
public final class Dashboards {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private Dashboards() {
    }

    /** The values the checks give the Grafana variables a panel expression may use (region is chosen per run). */
    public static Map<String, String> variableValues(String region) {
        return Map.of("region", region, "county", ".*", "application", ".*",
                "__rate_interval", "1m", "__range", "10m", "__interval", "15s");
    }

    /** {@code deploy/grafana} of the checkout. */
    public static Path grafanaDirectory() {
        return Checkout.resolve("deploy/grafana");
    }

    public static List<Dashboard> all() {
        try (Stream<Path> files = Files.list(grafanaDirectory().resolve("dashboards"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(Dashboards::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dashboard byUid(String uid) {
        return all().stream().filter(dashboard -> dashboard.uid().equals(uid)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dashboard " + uid));
    }

    /** Every panel expression of every dashboard, in file and panel order. */
    public static List<Expression> expressions() {
        return all().stream().flatMap(dashboard -> dashboard.expressions().stream()).toList();
    }

    static Dashboard read(Path file) {
        JsonNode json = JSON.readTree(file);
        return new Dashboard(file, json.path("uid").asString(""), json.path("title").asString(""), json);
    }

    public record Dashboard(Path file, String uid, String title, JsonNode json) {

        /** The panels that show data, those inside rows included, without the rows themselves. */
        public List<Panel> panels() {
            List<Panel> panels = new ArrayList<>();
            for (JsonNode panel : json.path("panels")) {
                if ("row".equals(panel.path("type").asString(""))) {
                    panel.path("panels").forEach(nested -> panels.add(new Panel(uid, nested)));
                } else {
                    panels.add(new Panel(uid, panel));
                }
            }
            return panels;
        }

        public List<JsonNode> variables() {
            List<JsonNode> variables = new ArrayList<>();
            json.path("templating").path("list").forEach(variables::add);
            return variables;
        }

        public List<Expression> expressions() {
            return panels().stream().flatMap(panel -> panel.expressions().stream()).toList();
        }
    }

    public record Panel(String dashboard, JsonNode json) {

        public String title() {
            return json.path("title").asString("");
        }

        public List<Expression> expressions() {
            List<Expression> expressions = new ArrayList<>();
            for (JsonNode target : json.path("targets")) {
                expressions.add(new Expression(dashboard, title(), target.path("refId").asString(""),
                        target.path("expr").asString(""), target.path("instant").asBoolean(false)));
            }
            return expressions;
        }
    }

    /** One target of a panel: its PromQL as written, with Grafana's {@code $variables} still in it. */
    public record Expression(String dashboard, String panel, String refId, String expr, boolean instant) {

        private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::\\w+)?}|\\$(\\w+)|\\[\\[(\\w+)]]");
        private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
        private static final Pattern LABEL_LIST =
                Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
        private static final Pattern BRACES = Pattern.compile("\\{[^}]*}|\\[[^]]*]");
        private static final Pattern TOKEN = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*|\\d[A-Za-z0-9_.]*");
        private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
                "on", "ignoring", "group_left", "group_right", "atan2", "inf", "nan");

        /** The expression with every variable replaced, as Grafana would send it to Prometheus. */
        public String substituted(Map<String, String> values) {
            Matcher variable = VARIABLE.matcher(expr);
            StringBuilder result = new StringBuilder();
            while (variable.find()) {
                String name = name(variable);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("no value for $" + name + " in " + this);
                }
                variable.appendReplacement(result, Matcher.quoteReplacement(values.get(name)));
            }
            variable.appendTail(result);
            return result.toString();
        }

        /** The Grafana variables the expression uses, {@code $name}, {@code ${name}} or {@code [[name]]}. */
        public Set<String> variables() {
            Set<String> names = new LinkedHashSet<>();
            Matcher variable = VARIABLE.matcher(expr);
            while (variable.find()) {
                names.add(name(variable));
            }
            return names;
        }

        private static String name(Matcher variable) {
            for (int group = 1; group <= variable.groupCount(); group++) {
                if (variable.group(group) != null) {
                    return variable.group(group);
                }
            }
            throw new IllegalStateException(variable.group());
        }

        /**
         * The metric names the expression selects, read roughly: identifiers outside variables, strings, label
         * matchers, ranges and label lists that are neither functions (followed by a parenthesis) nor keywords.
         */
        public Set<String> metricNames() {
            String bare = VARIABLE.matcher(expr).replaceAll(" ");
            bare = STRING.matcher(bare).replaceAll("\"\"");
            bare = LABEL_LIST.matcher(bare).replaceAll(" ");
            bare = BRACES.matcher(bare).replaceAll(" ");
            Set<String> names = new LinkedHashSet<>();
            Matcher token = TOKEN.matcher(bare);
            while (token.find()) {
                String name = token.group();
                boolean function = bare.substring(token.end()).stripLeading().startsWith("(");
                if (!Character.isDigit(name.charAt(0)) && !function && !KEYWORDS.contains(name.toLowerCase())) {
                    names.add(name);
                }
            }
            return names;
        }

        @Override
        public String toString() {
            return dashboard + " / " + panel + " / " + refId + ": " + expr;
        }
    }
}
