package cn.huiyin.intake.classification.model;

import cn.huiyin.events.Category;

import java.util.HashSet;
import java.util.List;

/**
 * A version of the classification rules, as read from a rules file ({@code RulesFile}).
 *
 * @param version        reported with every result, so a classification can be traced to the rules that made it
 * @param threshold      the score a category needs to be returned at all
 * @param secondaryRatio a further category is returned when its score is at least this fraction of the top score
 * @param maxCategories  the most categories one call is given
 * @param saturation     the top score at which the evidence counts as complete (confidence 1 if unambiguous)
 * @param reviewBelow    results less confident than this are flagged for an operator's review
 * @param categories     the rules of each category except OTHER, the fallback
 */
public record ClassificationRules(String version, double threshold, double secondaryRatio, int maxCategories,
        double saturation, double reviewBelow, List<CategoryRules> categories) {

    public ClassificationRules {
        require(version != null && !version.isBlank(), "rules have no version");
        require(threshold > 0, "threshold must be > 0 but is " + threshold);
        require(secondaryRatio > 0 && secondaryRatio <= 1, "secondaryRatio must be in (0, 1] but is " + secondaryRatio);
        require(maxCategories >= 1, "maxCategories must be >= 1 but is " + maxCategories);
        require(saturation >= threshold, "saturation must be >= threshold but is " + saturation);
        require(reviewBelow >= 0 && reviewBelow <= 1, "reviewBelow must be in [0, 1] but is " + reviewBelow);
        categories = List.copyOf(categories);
        require(categories.stream().map(CategoryRules::category).allMatch(new HashSet<>()::add),
                "a category has rules twice");
        require(categories.stream().noneMatch(rules -> rules.category() == Category.OTHER),
                "category OTHER is the fallback and takes no rules");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
