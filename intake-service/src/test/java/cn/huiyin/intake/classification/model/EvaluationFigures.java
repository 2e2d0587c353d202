package cn.huiyin.intake.classification.model;

import cn.huiyin.events.Category;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Multi-label precision, recall and F1 per category and micro-averaged over all categories (OTHER included). */
final class EvaluationFigures {

    private final Map<Category, int[]> counts = new EnumMap<>(Category.class); // true pos, false pos, false neg
    private int calls;
    private int exactMatches;

    EvaluationFigures() {
        for (Category category : Category.values()) {
            counts.put(category, new int[3]);
        }
    }

    void add(Set<Category> expected, Set<Category> predicted) {
        calls++;
        if (expected.equals(predicted)) {
            exactMatches++;
        }
        Set<Category> all = new HashSet<>(expected);
        all.addAll(predicted);
        for (Category category : all) {
            int[] c = counts.get(category);
            boolean wanted = expected.contains(category);
            boolean given = predicted.contains(category);
            c[wanted && given ? 0 : given ? 1 : 2]++;
        }
    }

    double microF1() {
        int[] total = total();
        return f1(total[0], total[1], total[2]);
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%-20s %5s %5s %5s %9s %7s %7s%n",
                "category", "TP", "FP", "FN", "precision", "recall", "F1"));
        counts.forEach((category, c) -> out.append(row(category.name(), c)));
        out.append(row("micro-average", total()));
        out.append(String.format("calls %d, exact category sets %d (%.1f%%)%n", calls, exactMatches,
                100.0 * exactMatches / calls));
        return out.toString();
    }

    private int[] total() {
        int[] total = new int[3];
        counts.values().forEach(c -> {
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        return total;
    }

    private static String row(String name, int[] c) {
        return String.format("%-20s %5d %5d %5d %9.3f %7.3f %7.3f%n", name, c[0], c[1], c[2],
                ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), f1(c[0], c[1], c[2]));
    }

    private static double f1(int tp, int fp, int fn) {
        return ratio(2.0 * tp, 2.0 * tp + fp + fn);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
