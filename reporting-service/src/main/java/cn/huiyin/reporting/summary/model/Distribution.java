package cn.huiyin.reporting.summary.model;

import cn.huiyin.events.Labelled;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lines of a distribution over a closed vocabulary, as counts and as shares of a total. */
final class Distribution {

    private Distribution() {
    }

    /** The codes with any count, most first (ties in the vocabulary's order), shares of {@code total}. */
    static <E extends Enum<E> & Labelled> List<Summary.Share> of(Tally tally, String prefix, Class<E> vocabulary,
            int total) {
        List<Summary.Share> shares = new ArrayList<>();
        for (E value : vocabulary.getEnumConstants()) {
            int count = tally.count(prefix + value.name());
            if (count > 0) {
                shares.add(new Summary.Share(value.name(), value.label(), count, fraction(count, total)));
            }
        }
        shares.sort(Comparator.comparingInt(Summary.Share::count).reversed());
        return shares;
    }

    /** Every code of the vocabulary, zeros included. */
    static <E extends Enum<E>> Map<String, Integer> counts(Tally tally, String prefix, Class<E> vocabulary) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (E value : vocabulary.getEnumConstants()) {
            counts.put(value.name(), tally.count(prefix + value.name()));
        }
        return counts;
    }

    /** Every code's share of the cases that have any of them (e.g. of the cases called back). */
    static <E extends Enum<E>> Map<String, Double> shares(Tally tally, String prefix, Class<E> vocabulary) {
        Map<String, Integer> counts = counts(tally, prefix, vocabulary);
        long sum = counts.values().stream().mapToLong(Integer::longValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((code, count) -> shares.put(code, fraction(count, sum)));
        return shares;
    }

    static double fraction(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
