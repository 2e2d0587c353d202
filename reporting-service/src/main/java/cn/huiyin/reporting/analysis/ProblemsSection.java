package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.analysis.Section.Block;
import cn.huiyin.reporting.analysis.Section.Figure;
import cn.huiyin.reporting.analysis.Section.Paragraph;
import cn.huiyin.reporting.summary.model.Summary.Share;
import cn.huiyin.reporting.summary.model.Summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 三、存在问题: volume, monthly rank and trend, the leading category split by county and by nature, and the natures
 * of the problems found.
 */
final class ProblemsSection {

    static final String HEADING = "三、存在问题";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private ProblemsSection() {
    }

    static Section of(Summary summary, ReportCharts charts) {
        List<String> problems = new ArrayList<>();
        problems.add("来电总量与排名。" + VolumeText.of(summary) + monthlyRanks(summary));
        summary.byCategory().stream().filter(line -> line.count() > 0)
                .max(Comparator.comparingInt(Share::count))
                .ifPresent(top -> problems.add(top.label() + "问题最为集中。" + top.label() + "类转办件" + top.count()
                        + "件，占转办件总数的" + Percent.of(top.share()) + "，居各类事项之首。" + detail(summary, top)));
        nature(summary, "POLICY_INELIGIBLE", "").ifPresent(problems::add);
        nature(summary, "FUNDS_DELAYED", fundsByCategory(summary)).ifPresent(problems::add);
        nature(summary, "WORK_ERROR", "").ifPresent(problems::add);
        nature(summary, "POLICY_NOT_IMPLEMENTED", "").ifPresent(problems::add);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            blocks.add(new Paragraph("（" + NUMERALS[i] + "）" + problems.get(i)));
            if (i == 0) {
                blocks.add(new Figure("图5　月度来电与转办件趋势（单位：件）", charts.monthly()));
            }
        }
        return new Section(HEADING, blocks);
    }

    /**
     * "其中因资金兑现不及时而产生的诉求31件，占51.7%……威宁自治县（28.3%）、金沙县（25%）…的群众在住房保障方面的诉求较多。":
     * the natures found within the category and the child regions with at least a tenth of its cases.
     */
    static String detail(Summary summary, Share top) {
        if (summary.categoryDetails() == null) {
            return "";
        }
        return summary.categoryDetails().stream().filter(detail -> detail.code().equals(top.code())).findFirst()
                .map(detail -> {
                    StringBuilder text = new StringBuilder();
                    List<String> natures = detail.natures().stream().limit(2)
                            .map(nature -> "因" + nature.label() + "而产生的诉求" + nature.count() + "件，占"
                                    + Percent.of(nature.share()))
                            .toList();
                    if (!natures.isEmpty()) {
                        text.append("其中").append(String.join("；", natures)).append("。");
                    }
                    List<String> places = detail.byRegion().stream().filter(line -> line.share() >= 0.1)
                            .map(line -> line.label() + "（" + Percent.of(line.share()) + "）").toList();
                    if (!places.isEmpty()) {
                        text.append(String.join("、", places)).append("的群众在").append(top.label())
                                .append("方面的诉求较多。");
                    }
                    return text.toString();
                }).orElse("");
    }

    /** "逐月看，1月排第2位，2月至5月均排第1位，来电量呈逐月上升趋势。" */
    static String monthlyRanks(Summary summary) {
        List<Summary.Month> months = summary.monthly();
        if (months == null || months.size() < 2 || months.stream().allMatch(month -> month.rank() == 0)) {
            return "";
        }
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= months.size(); i++) {
            if (i == months.size() || months.get(i).rank() != months.get(start).rank()) {
                String first = monthName(months.get(start));
                String last = monthName(months.get(i - 1));
                runs.add(start == i - 1 ? first + "排第" + months.get(start).rank() + "位"
                        : first + "至" + last + "均排第" + months.get(start).rank() + "位");
                start = i;
            }
        }
        boolean rising = true;
        for (int i = 1; i < months.size(); i++) {
            rising &= months.get(i).calls() >= months.get(i - 1).calls();
        }
        return "逐月看，" + String.join("，", runs) + (rising ? "，来电量呈逐月上升趋势" : "") + "。";
    }

    private static String monthName(Summary.Month month) {
        return Integer.parseInt(month.month().substring(5)) + "月";
    }

    /** A nature that no case carried is not a problem of the period, so it gets no paragraph. */
    private static Optional<String> nature(Summary summary, String code, String detail) {
        return Phrases.find(summary.byNature(), code).filter(line -> line.count() > 0)
                .map(line -> line.label() + "。共" + line.count() + "件，占转办件的" + Percent.of(line.share())
                        + detail + "。");
    }

    private static String fundsByCategory(Summary summary) {
        List<Share> lines = summary.fundsDelayedByCategory().stream().filter(line -> line.count() > 0).toList();
        return lines.isEmpty() ? "" : "，其中" + Phrases.counts(lines, "件");
    }
}
