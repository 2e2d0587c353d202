package cn.huiyin.reporting.analysis;

import cn.huiyin.events.CallType;
import cn.huiyin.reporting.analysis.Section.Block;
import cn.huiyin.reporting.analysis.Section.Figure;
import cn.huiyin.reporting.analysis.Section.Paragraph;
import cn.huiyin.reporting.summary.model.Summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** 一、办件综述: what came in, where from, about what, for whom, and how it was handled. */
final class OverviewSection {

    private OverviewSection() {
    }

    static Section of(Summary summary, ReportCharts charts) {
        String children = AdministrativeLevel.of(summary.region().level()).child().group();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(calls(summary)));
        blocks.add(new Paragraph(regions(summary)));
        blocks.add(new Figure("图1　各" + children + "转办件分布（单位：件）", charts.byRegion()));
        blocks.add(new Paragraph(townships(summary)));
        blocks.add(new Paragraph("从事项分类来看，" + orNone(Phrases.shares(summary.byCategory(), "件"))
                + "。" + Phrases.severalPerCase(summary.byCategory(), summary.total(), "件")));
        blocks.add(new Figure("图2　转办件事项分类（单位：件）", charts.byCategory()));
        blocks.add(new Paragraph("从责任部门来看，" + orNone(Phrases.shares(summary.byDepartment(), "件"))
                + "。" + Phrases.severalPerCase(summary.byDepartment(), summary.total(), "件")));
        blocks.add(new Figure("图3　转办件责任部门（单位：件）", charts.byDepartment()));
        blocks.add(new Paragraph(SatisfactionText.of(summary)));
        blocks.add(new Figure("图4　上报满意度与回访满意度对比（单位：件）", charts.satisfaction()));
        blocks.add(new Paragraph(handling(summary)));
        return new Section("一、办件综述", blocks);
    }

    /** Sentences that would list nothing still end in a figure, so the empty period reads "0件". */
    static String regions(Summary summary) {
        return "从区域分布来看，" + orNone(Phrases.shares(summary.byRegion(), "件")) + "。";
    }

    private static String calls(Summary summary) {
        Summary.Calls calls = summary.calls();
        String byType = Arrays.stream(CallType.values())
                .filter(type -> Phrases.count(calls.byType(), type.name()) > 0)
                .map(type -> type.label() + Phrases.count(calls.byType(), type.name()) + "件")
                .collect(Collectors.joining("、"));
        return Phrases.period(summary.from(), summary.to()) + "，扶贫专线共受理" + summary.region().name() + "来电"
                + calls.total() + "件" + (byType.isEmpty() ? "" : "（" + byType + "）")
                + "，其中咨询、建议类当场答复" + calls.answered() + "件，诉求、投诉类" + calls.transferable() + "件，"
                + "重复来电" + calls.repeats() + "件；共转办" + summary.total() + "件。";
    }

    private static String townships(Summary summary) {
        String top = summary.topTownships().isEmpty() ? ""
                : "，转办件较多的是" + Phrases.shares(summary.topTownships(), "件");
        return "从乡镇分布来看，共有" + summary.townshipsWithCases() + "个乡镇（街道）有转办件" + top + "。";
    }

    private static String handling(Summary summary) {
        return "从办理情况来看，已核查" + summary.verified() + "件，其中属实或部分属实" + summary.substantiated()
                + "件，属实率" + (summary.verified() == 0 ? Percent.NONE : Percent.of(summary.substantiationRate()))
                + "；迟报" + summary.late() + "件，漏报" + summary.missing() + "件；平均核查用时"
                + Phrases.days(summary.averageDaysToVerification()) + "；已办结" + summary.closed() + "件，平均办结用时"
                + Phrases.days(summary.averageDaysToClose()) + "；市级核查退回重新核查" + summary.returnedByCity()
                + "件，回访不满意后重新办理" + summary.reopened() + "件。";
    }

    private static String orNone(String listing) {
        return listing.isEmpty() ? "无转办件" : listing;
    }
}
