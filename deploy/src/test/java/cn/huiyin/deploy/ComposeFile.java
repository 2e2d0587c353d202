package cn.huiyin.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** deploy/compose/docker-compose.yml as parsed YAML, with the variables of deploy/compose/.env.example. */
final class ComposeFile {

    static final Path DIRECTORY = Checkout.resolve("deploy/compose");
    static final Path FILE = DIRECTORY.resolve("docker-compose.yml");
    static final Path ENV_EXAMPLE = DIRECTORY.resolve(".env.example");

    // ${NAME}, ${NAME:-default}, ${NAME?error}, ... and $NAME; $$ is a literal dollar
    private static final Pattern BRACED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern WHOLE_BRACED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?+][^}]*)?}");
    private static final Pattern BARE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$");

    private final Map<String, Object> compose = YamlDocuments.load(FILE);

    Map<String, Object> services() {
        return YamlDocuments.map(compose.get("services"), "services");
    }

    Map<String, Object> service(String name) {
        Object service = services().get(name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return YamlDocuments.map(service, name);
    }

    Set<String> namedVolumes() {
        Object volumes = compose.get("volumes");
        return volumes instanceof Map<?, ?> map ? YamlDocuments.map(map, "volumes").keySet() : Set.of();
    }

    /** A service's environment as a map, whichever of compose's two forms it is written in. */
    Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object value = service(service).get("environment");
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> environment.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (Object entry : YamlDocuments.list(value)) {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : null);
            }
        }
        return environment;
    }

    /** Every variable the file interpolates, from every string value (comments do not count). */
    Set<String> variablesUsed() {
        Set<String> variables = new LinkedHashSet<>();
        collectVariables(compose, variables);
        return variables;
    }

    private static void collectVariables(Object value, Set<String> variables) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectVariables(v, variables));
        } else if (value instanceof Iterable<?> list) {
            list.forEach(v -> collectVariables(v, variables));
        } else if (value instanceof String text) {
            String unescaped = text.replace("$$", "");
            for (Pattern pattern : new Pattern[] {BRACED, BARE}) {
                Matcher variable = pattern.matcher(unescaped);
                while (variable.find()) {
                    variables.add(variable.group(1));
                }
            }
        }
    }

    /** .env.example's assignments, in file order (values unquoted). */
    static Map<String, String> envExample() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : YamlDocuments.read(ENV_EXAMPLE).split("\n")) {
            Matcher assignment = ASSIGNMENT.matcher(line);
            if (!line.trim().startsWith("#") && assignment.matches()) {
                variables.put(assignment.group(1), assignment.group(2).trim().replaceAll("^([\"'])(.*)\\1$", "$2"));
            }
        }
        return variables;
    }

    /** A value with .env.example's values put in for ${NAME}, ${NAME:-default} (and the like) and $NAME. */
    static String interpolate(String text) {
        Map<String, String> variables = envExample();
        // $$ is a literal dollar: set aside while the variables are put in
        String braced = WHOLE_BRACED.matcher(text.replace("$$", "\u0000")).replaceAll(
                m -> Matcher.quoteReplacement(variables.getOrDefault(m.group(1), "")));
        return BARE.matcher(braced).replaceAll(m -> Matcher.quoteReplacement(variables.getOrDefault(m.group(1), "")))
                .replace("\u0000", "$");
    }
}
