package cn.huiyin.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML as plain maps and lists (SnakeYAML, anchors and merge keys resolved, duplicate keys refused). */
final class YamlDocuments {

    private YamlDocuments() {
    }

    static Map<String, Object> load(Path file) {
        Object document = yaml().load(read(file));
        return document == null ? Map.of() : map(document, file.toString());
    }

    static List<Map<String, Object>> loadAll(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(text)) {
            if (document != null) {
                documents.add(map(document, "a document"));
            }
        }
        return documents;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nested keys joined with '.', list items as [i]; a list also keeps its own key (a,b binds to it too). */
    static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", tree, flat);
        return flat;
    }

    private static void flatten(String key, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(key.isEmpty() ? String.valueOf(k) : key + "." + k, v, flat));
        } else if (value instanceof List<?> list) {
            flat.put(key, value);
            for (int i = 0; i < list.size(); i++) {
                flatten(key + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(what + " is not a YAML mapping: " + value);
        }
        return (Map<String, Object>) value;
    }

    /** The value at a path of keys, or null when any step is missing. */
    static Object at(Object tree, String... keys) {
        Object value = tree;
        for (String key : keys) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }
}
