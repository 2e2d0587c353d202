package cn.huiyin.intake.classification.model;

import cn.huiyin.events.Category;
import cn.huiyin.events.Department;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The categories found in a call's text.
 *
 * @param categories      best first, at least one; [OTHER] when no category reached the threshold
 * @param confidence      0..1, see {@link CallClassifier} for how it is computed; 0 for the OTHER fallback
 * @param needsReview     an operator should confirm the categories before the case is routed
 * @param departmentHints departments the text points at beyond the categories' lead departments (通电 → 供电)
 * @param rulesVersion    the version of the rules that produced this result
 * @param scores          every category with a keyword or negative phrase in the text, highest score first
 */
public record ClassificationResult(List<Category> categories, double confidence, boolean needsReview,
        Set<Department> departmentHints, String rulesVersion, List<CategoryScore> scores) {

    public ClassificationResult {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a result has at least one category");
        }
        categories = List.copyOf(categories);
        Set<Department> hints = EnumSet.noneOf(Department.class);
        hints.addAll(departmentHints);
        departmentHints = Collections.unmodifiableSet(hints);
        scores = List.copyOf(scores);
    }

    /** No category reached the threshold: the call goes to OTHER and an operator looks at it. */
    static ClassificationResult unclassified(String rulesVersion, List<CategoryScore> scores) {
        return new ClassificationResult(List.of(Category.OTHER), 0.0, true, Set.of(), rulesVersion, scores);
    }

    public Category primary() {
        return categories.get(0);
    }

    /** The keywords that counted, per category, highest score first. */
    public Map<Category, List<String>> evidence() {
        Map<Category, List<String>> evidence = new LinkedHashMap<>();
        scores.forEach(score -> evidence.put(score.category(), score.keywords()));
        return Collections.unmodifiableMap(evidence);
    }
}
