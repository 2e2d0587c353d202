package cn.huiyin.intake.classification.model;

import cn.huiyin.events.Category;
import cn.huiyin.events.Department;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a call's free text into categories by weighted keywords.
 *
 * <p>Each category's score is the sum of the weights of its distinct keywords found in the text, less the
 * penalties of its negative phrases. The top category is returned when its score reaches the threshold;
 * further ones (up to {@code maxCategories}) when they also reach it and score at least {@code secondaryRatio}
 * of the top score capped at {@code saturation}.
 *
 * <p>Confidence = strength × (0.5 + 0.5 × separation), where strength = min(1, top / saturation) says how much
 * evidence there is, and separation = (top − best score not returned) / top says how clearly the returned
 * categories stand out from the ones left aside. A result less confident than {@code reviewBelow} is flagged.
 */
public final class CallClassifier {

    private static final Comparator<CategoryScore> HIGHEST_FIRST =
            Comparator.comparingDouble(CategoryScore::score).reversed()
                    .thenComparing(CategoryScore::category);

    private final ClassificationRules rules;

    public CallClassifier(ClassificationRules rules) {
        this.rules = rules;
    }

    public String rulesVersion() {
        return rules.version();
    }

    public ClassificationResult classify(String content) {
        String text = TextNormaliser.normalise(content);
        List<CategoryScore> scores = new ArrayList<>();
        for (CategoryRules categoryRules : rules.categories()) {
            CategoryScore score = categoryRules.score(text);
            if (!score.keywords().isEmpty() || !score.negatives().isEmpty()) {
                scores.add(score);
            }
        }
        scores.sort(HIGHEST_FIRST);
        double top = scores.isEmpty() ? 0 : scores.get(0).score();
        if (top < rules.threshold()) {
            return ClassificationResult.unclassified(rules.version(), scores);
        }
        // beyond saturation more evidence for the top category must not crowd out a second topic
        double secondaryMinimum =
                Math.max(rules.threshold(), rules.secondaryRatio() * Math.min(top, rules.saturation()));
        List<Category> categories = new ArrayList<>();
        for (CategoryScore score : scores) {
            boolean kept = categories.isEmpty() || (categories.size() < rules.maxCategories()
                    && score.score() >= secondaryMinimum);
            if (!kept) {
                break;
            }
            categories.add(score.category());
        }
        double nextBest = scores.size() > categories.size() ? scores.get(categories.size()).score() : 0;
        double confidence = confidence(top, nextBest);
        return new ClassificationResult(categories, confidence, confidence < rules.reviewBelow(),
                departmentsHinted(categories, scores), rules.version(), scores);
    }

    private double confidence(double top, double nextBest) {
        double strength = Math.min(1, top / rules.saturation());
        double separation = (top - nextBest) / top;
        return strength * (0.5 + 0.5 * separation);
    }

    private static Set<Department> departmentsHinted(List<Category> categories, List<CategoryScore> scores) {
        Set<Department> hinted = EnumSet.noneOf(Department.class);
        scores.stream().filter(score -> categories.contains(score.category()))
                .forEach(score -> hinted.addAll(score.departmentHints()));
        return hinted;
    }
}
