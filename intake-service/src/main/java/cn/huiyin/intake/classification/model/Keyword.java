package cn.huiyin.intake.classification.model;

/**
 * A phrase of the rules and its weight. For a positive keyword the weight is added to its category's score;
 * for a negative one it is subtracted (0 means the phrase only cancels the keywords it overlaps).
 */
public record Keyword(String phrase, double weight) {

    public Keyword {
        phrase = TextNormaliser.normalise(phrase);
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("keyword is empty");
        }
        if (Double.isNaN(weight) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("keyword '" + phrase + "' has weight " + weight);
        }
    }
}
