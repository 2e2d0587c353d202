package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.summary.model.Summary;

import java.util.List;

/**
 * The analysis report of DESIGN.md §7 (e.g. 毕节市扶贫专线分析报告): a {@link Summary} as a complete
 * HTML page in Chinese, with its charts drawn on the server. Stateless and safe to share.
 */
public final class AnalysisReport {

    private final AnalysisPage page = new AnalysisPage();

    public String render(Summary summary) {
        ReportCharts charts = SvgCharts.draw(summary);
        List<Section> sections = List.of(
                OverviewSection.of(summary, charts),
                ProblemsSection.of(summary, charts),
                MonitoringSection.of(summary));
        return page.html(title(summary), sections);
    }

    /** "毕节市扶贫专线分析报告（2020年1月1日至2020年5月31日）" */
    static String title(Summary summary) {
        return summary.region().name() + "扶贫专线分析报告（" + Phrases.period(summary.from(), summary.to()) + "）";
    }
}
