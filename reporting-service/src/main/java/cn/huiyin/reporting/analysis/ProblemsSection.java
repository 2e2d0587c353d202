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

/** 二、存在问题: volume and rank, the leading category, and the natures of the problems found. */
final class ProblemsSection {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private ProblemsSection() {
    }

    static Section of(Summary summary, ReportCharts charts) {
        List<String> problems = new ArrayList<>();
        problems.add("来电总量与排名。" + VolumeText.of(summary));
        summary.byCategory().stream().filter(line -> line.count() > 0)
                .max(Comparator.comparingInt(Share::count))
                .ifPresent(top -> problems.add(top.label() + "问题最为集中。" + top.label() + "类转办件" + top.count()
                        + "件，占转办件总数的" + Percent.of(top.share()) + "，居各类事项之首。"));
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
        return new Section("二、存在问题", blocks);
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
