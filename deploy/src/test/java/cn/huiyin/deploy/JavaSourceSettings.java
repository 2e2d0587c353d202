package cn.huiyin.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings Java sources read: {@code @Value("${name:default}")} placeholders and the components of
 * {@code @ConfigurationProperties("prefix")} records. A component whose type is not a plain value (a map, a
 * list, a nested record, an enum) also accepts any name below it, e.g. huiyin.vault.keys.k1.
 */
final class JavaSourceSettings {

    private static final Pattern VALUE = Pattern.compile("@Value\\(\\s*\"([^\"]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-\\[\\]]+)");
    private static final Pattern PROPERTIES = Pattern.compile(
            "@ConfigurationProperties\\(\\s*(?:(?:prefix|value)\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+\\w+\\s*\\(");
    private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\([^)]*\\))?");
    private static final Set<String> PLAIN_VALUES = Set.of("String", "int", "Integer", "long", "Long", "boolean",
            "Boolean", "double", "Double", "float", "Float", "short", "Short", "Duration", "Period", "DataSize",
            "Resource", "ZoneId", "Locale", "Charset", "Instant", "LocalDate", "LocalTime", "BigDecimal", "URI");

    final Set<String> properties = new HashSet<>();
    final Set<String> prefixes = new HashSet<>();

    static JavaSourceSettings of(List<Path> sourceRoots) {
        JavaSourceSettings settings = new JavaSourceSettings();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(settings::scan);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return settings;
    }

    private void scan(Path file) {
        String source = YamlDocuments.read(file);
        Matcher value = VALUE.matcher(source);
        while (value.find()) {
            Matcher placeholder = PLACEHOLDER.matcher(value.group(1));
            while (placeholder.find()) {
                properties.add(placeholder.group(1));
            }
        }
        Matcher annotation = PROPERTIES.matcher(source);
        while (annotation.find()) {
            properties(annotation.group(1), source, annotation.end());
        }
    }

    private void properties(String prefix, String source, int from) {
        Matcher record = RECORD.matcher(source);
        String between = record.find(from) ? source.substring(from, record.start()) : "{";
        if (between.contains("{") || between.contains(";") || between.contains("}")) {
            // on a class or a @Bean method: no components to read, so anything under the prefix counts
            prefixes.add(prefix);
            return;
        }
        for (String component : components(source, record.end())) {
            String[] typeAndName = ANNOTATION.matcher(component).replaceAll(" ").trim().split("\\s+(?=\\w+$)");
            String type = typeAndName[0].replaceAll("<.*", "").trim();
            String name = prefix + "." + kebab(typeAndName[1]);
            properties.add(name);
            if (!PLAIN_VALUES.contains(type)) {
                prefixes.add(name);
            }
        }
    }

    /** The record's components: the text up to the matching parenthesis, split at top-level commas. */
    private static List<String> components(String source, int start) {
        List<String> components = new ArrayList<>();
        int depth = 0;
        int begin = start;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(' || c == '<') {
                depth++;
            } else if ((c == ')' || c == '>') && depth > 0) {
                depth--;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                components.add(source.substring(begin, i).trim());
                begin = i + 1;
                if (c == ')') {
                    break;
                }
            }
        }
        components.removeIf(String::isEmpty);
        return components;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
