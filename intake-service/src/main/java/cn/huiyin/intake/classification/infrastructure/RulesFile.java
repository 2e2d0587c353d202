package cn.huiyin.intake.classification.infrastructure;

import cn.huiyin.events.Category;
import cn.huiyin.events.Department;
import cn.huiyin.intake.classification.model.CategoryRules;
import cn.huiyin.intake.classification.model.ClassificationRules;
import cn.huiyin.intake.classification.model.Keyword;
import cn.huiyin.intake.classification.model.TextNormaliser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON rules file; every error names the entry at fault so that a bad edit is found at once. */
public final class RulesFile {

    /** The rules shipped with the service. */
    public static final String BUNDLED = "classification/rules-v1.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a keyword listed twice is a mistake
            .build();
    private static final Set<String> TOP_LEVEL = Set.of("version", "notes", "threshold", "secondaryRatio",
            "maxCategories", "saturation", "reviewBelow", "categories");
    private static final Set<String> CATEGORY_LEVEL = Set.of("keywords", "negatives", "departments");

    private RulesFile() {
    }

    /** The rules shipped with the service. */
    public static ClassificationRules bundled() {
        try (InputStream in = RulesFile.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and validates a rules file; a wrong entry is an {@link IllegalArgumentException} naming it. */
    public static ClassificationRules load(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("rules file is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("rules file must hold a JSON object");
        }
        onlyKnown(root, TOP_LEVEL, "rules file");
        List<CategoryRules> categories = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : object(root, "categories", "rules file").properties()) {
            categories.add(category(entry.getKey(), entry.getValue()));
        }
        return new ClassificationRules(text(root, "version"), number(root, "threshold"),
                number(root, "secondaryRatio"), integer(root, "maxCategories"), number(root, "saturation"),
                number(root, "reviewBelow"), categories);
    }

    private static CategoryRules category(String name, JsonNode node) {
        Category category = constant(Category.class, name, "category", "rules file");
        String where = "category " + name;
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be a JSON object");
        }
        onlyKnown(node, CATEGORY_LEVEL, where);
        List<Keyword> keywords = weighted(object(node, "keywords", where), where + " keyword", true);
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException(where + " has no keywords");
        }
        List<Keyword> negatives = node.has("negatives")
                ? weighted(object(node, "negatives", where), where + " negative", false) : List.of();
        Map<Department, List<String>> hints = new EnumMap<>(Department.class);
        if (node.has("departments")) {
            for (Map.Entry<String, JsonNode> hint : object(node, "departments", where).properties()) {
                Department department = constant(Department.class, hint.getKey(), "department", where);
                hints.put(department, phrases(hint.getValue(), where + " department " + hint.getKey()));
            }
        }
        return new CategoryRules(category, keywords, negatives, hints);
    }

    private static List<Keyword> weighted(JsonNode entries, String what, boolean positive) {
        List<Keyword> keywords = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : entries.properties()) {
            String phrase = entry.getKey();
            if (TextNormaliser.normalise(phrase).isEmpty()) {
                throw new IllegalArgumentException(what + " is empty");
            }
            if (!entry.getValue().isNumber()) {
                throw new IllegalArgumentException(what + " '" + phrase + "' needs a number as weight");
            }
            double weight = entry.getValue().doubleValue();
            if (positive ? !(weight > 0) : !(weight >= 0)) {
                throw new IllegalArgumentException(what + " '" + phrase + "' has weight " + weight
                        + "; it must be " + (positive ? "> 0" : ">= 0"));
            }
            keywords.add(new Keyword(phrase, weight));
        }
        return keywords;
    }

    private static List<String> phrases(JsonNode node, String where) {
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException(where + " must be a non-empty array of phrases");
        }
        List<String> phrases = new ArrayList<>();
        for (JsonNode phrase : node.values()) {
            if (!phrase.isString() || TextNormaliser.normalise(phrase.stringValue()).isEmpty()) {
                throw new IllegalArgumentException(where + " has an empty phrase");
            }
            phrases.add(phrase.stringValue());
        }
        return phrases;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String what, String where) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + ": unknown " + what + " '" + name
                        + "'; known are " + Arrays.toString(type.getEnumConstants())));
    }

    private static JsonNode object(JsonNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + " needs an object '" + field + "'");
        }
        return node;
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isString()) {
            throw new IllegalArgumentException("rules file needs a string '" + field + "'");
        }
        return node.stringValue();
    }

    private static double number(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("rules file needs a number '" + field + "'");
        }
        return node.doubleValue();
    }

    private static int integer(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException("rules file needs a whole number '" + field + "'");
        }
        return node.intValue();
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String where) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(where + " has an unknown entry '" + name + "'; known are "
                        + known.stream().sorted().toList());
            }
        }
    }
}
