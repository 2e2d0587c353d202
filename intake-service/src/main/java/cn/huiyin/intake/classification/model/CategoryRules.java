package cn.huiyin.intake.classification.model;

import cn.huiyin.events.Category;
import cn.huiyin.events.Department;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keywords, negative phrases and department hints of one category.
 *
 * <p>Scoring counts each keyword once. Longer keywords are matched first, and a shorter keyword is ignored inside
 * an occurrence already counted or when it is part of a longer keyword already counted, so "危房改造" is not
 * also scored as "危房" and "改造". An occurrence overlapping a negative phrase is cancelled ("差旅报销" cancels
 * "报销").
 */
public record CategoryRules(Category category, List<Keyword> keywords, List<Keyword> negatives,
        Map<Department, List<String>> departmentHints) {

    private static final Comparator<Keyword> LONGEST_FIRST =
            Comparator.comparingInt((Keyword k) -> k.phrase().length()).reversed();

    public CategoryRules {
        if (keywords.isEmpty() || keywords.stream().anyMatch(keyword -> !(keyword.weight() > 0))) {
            throw new IllegalArgumentException(category + " needs keywords, each weighing more than 0");
        }
        if (negatives.stream().anyMatch(negative -> negative.weight() < 0)) {
            throw new IllegalArgumentException(category + " has a negative phrase with a penalty below 0");
        }
        keywords = keywords.stream().sorted(LONGEST_FIRST).toList();
        negatives = List.copyOf(negatives);
        Map<Department, List<String>> hints = new LinkedHashMap<>();
        departmentHints.forEach((department, phrases) ->
                hints.put(department, phrases.stream().map(TextNormaliser::normalise).toList()));
        departmentHints = Map.copyOf(hints);
    }

    /** Scores an already normalised text. */
    CategoryScore score(String text) {
        boolean[] cancelled = new boolean[text.length()];
        double penalty = 0;
        List<String> negativesFound = new ArrayList<>();
        for (Keyword negative : negatives) {
            if (markAll(text, negative.phrase(), cancelled)) {
                penalty += negative.weight();
                negativesFound.add(negative.phrase());
            }
        }
        boolean[] counted = new boolean[text.length()];
        double sum = 0;
        List<String> matched = new ArrayList<>();
        for (Keyword keyword : keywords) {
            if (markFree(text, keyword.phrase(), counted, cancelled) && !repeats(matched, keyword.phrase())) {
                sum += keyword.weight();
                matched.add(keyword.phrase());
            }
        }
        Set<Department> hinted = EnumSet.noneOf(Department.class);
        departmentHints.forEach((department, phrases) -> {
            if (phrases.stream().anyMatch(phrase -> occursFree(text, phrase, cancelled))) {
                hinted.add(department);
            }
        });
        return new CategoryScore(category, Math.max(0, sum - penalty), matched, negativesFound, hinted);
    }

    /** "车间" after "扶贫车间" names the same thing again and adds no evidence. */
    private static boolean repeats(List<String> matched, String phrase) {
        return matched.stream().anyMatch(longer -> longer.contains(phrase));
    }

    private static boolean markAll(String text, String phrase, boolean[] marked) {
        boolean found = false;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            Arrays.fill(marked, at, at + phrase.length(), true);
            found = true;
        }
        return found;
    }

    /**
     * Marks every occurrence of the phrase that touches neither an already marked position nor a blocked one;
     * answers whether at least one occurrence was marked.
     */
    private static boolean markFree(String text, String phrase, boolean[] marked, boolean[] blocked) {
        boolean found = false;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if (isFree(marked, at, end) && isFree(blocked, at, end)) {
                Arrays.fill(marked, at, end, true);
                found = true;
            }
        }
        return found;
    }

    private static boolean occursFree(String text, String phrase, boolean[] blocked) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (isFree(blocked, at, at + phrase.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFree(boolean[] positions, int from, int to) {
        for (int i = from; i < to; i++) {
            if (positions[i]) {
                return false;
            }
        }
        return true;
    }
}
