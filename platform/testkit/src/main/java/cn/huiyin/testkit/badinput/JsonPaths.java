package cn.huiyin.testkit.badinput;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Dotted paths into a JSON tree: {@code caller.phone}, {@code categories[0]}, {@code warnings[0].kind}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static JsonNode find(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : steps(path)) {
            node = step.startsWith("[") ? node.path(index(step)) : node.path(step);
        }
        return node;
    }

    /** Replaces the value at {@code path}, or removes it when {@code value} is null. */
    static boolean set(JsonNode root, String path, JsonNode value) {
        String[] steps = steps(path);
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].startsWith("[") ? parent.path(index(steps[i])) : parent.path(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (parent instanceof ObjectNode object && !last.startsWith("[")) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
            return true;
        }
        if (parent instanceof ArrayNode array && last.startsWith("[") && index(last) < array.size()) {
            if (value == null) {
                array.remove(index(last));
            } else {
                array.set(index(last), value);
            }
            return true;
        }
        return false;
    }

    static String lastName(String path) {
        String[] steps = steps(path);
        for (int i = steps.length - 1; i >= 0; i--) {
            if (!steps[i].startsWith("[")) {
                return steps[i];
            }
        }
        return path;
    }

    private static String[] steps(String path) {
        return path.replace("[", ".[").replaceAll("^\\.", "").split("\\.");
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }
}
