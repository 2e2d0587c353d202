package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.summary.model.Summary.Share;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The turns of phrase the seed report repeats: counts with their shares, dates, averages. */
final class Phrases {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private Phrases() {
    }

    /** "2020年7月27日" */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "2020年1月1日至2020年5月31日" */
    static String period(LocalDate from, LocalDate to) {
        return DAY.format(from) + "至" + DAY.format(to);
    }

    /**
     * "威宁自治县30件（占23.6%）、…、百里杜鹃管理区0件": every line, zeros without a share, as the
     * seed report lists a county that had no case.
     */
    static String shares(List<Share> lines, String unit) {
        return lines.stream()
                .map(line -> line.count() == 0 ? line.label() + "0" + unit
                        : line.label() + line.count() + unit + "（占" + Percent.of(line.share()) + "）")
                .collect(Collectors.joining("、"));
    }

    /** "住房保障31件、产业扶贫9件": counts only, where the shares would be of another whole. */
    static String counts(List<Share> lines, String unit) {
        return lines.stream().map(line -> line.label() + line.count() + unit).collect(Collectors.joining("、"));
    }

    /** "12.3天", or the dash alone when there is no average. */
    static String days(Double average) {
        return average == null || !Double.isFinite(average) ? Percent.NONE : Percent.decimal(average) + "天";
    }

    static Optional<Share> find(List<Share> lines, String code) {
        return lines.stream().filter(line -> code.equals(line.code())).findFirst();
    }

    static int count(Map<String, Integer> counts, String key) {
        Integer count = counts == null ? null : counts.get(key);
        return count == null ? 0 : count;
    }

    static double share(Map<String, Double> shares, String key) {
        Double share = shares == null ? null : shares.get(key);
        return share == null || !Double.isFinite(share) ? 0 : share;
    }

    /** A case may carry several categories, so the shares may add up to more than 100%: the reader should know. */
    static String severalPerCase(List<Share> lines, int total, String unit) {
        int mentions = lines.stream().mapToInt(Share::count).sum();
        return mentions > total ? "（一" + unit + "可涉及多项，合计" + mentions + "项次，占比之和可超过100%）" : "";
    }
}
