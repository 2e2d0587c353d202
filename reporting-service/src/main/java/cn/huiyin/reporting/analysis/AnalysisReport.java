package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.summary.model.Summary;

import java.util.List;

/**
 * The analysis report of DESIGN.md §7 (e.g. 毕节市扶贫专线分析报告): a {@link Summary} as a complete
 * HTML page in Chinese, with its charts drawn on the server. Stateless and safe to share.
 */
public final class AnalysisReport {

    private final AnalysisPage page = new AnalysisPage();
    private final Recommendations recommendations;

    public AnalysisReport() {
        this(Recommendations.bundled());
    }

    public AnalysisReport(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    /** The figures alone, without header, instructions, typical cases or hotspots (each section says so). */
    public String render(Summary summary) {
        return render(summary, ReportExtras.none());
    }

    /** The seed report's five sections, then the typical cases, the league table, hotspots and monitoring. */
    public String render(Summary summary, ReportExtras extras) {
        ReportCharts charts = SvgCharts.draw(summary);
        List<Section> sections = List.of(
                OverviewSection.of(summary, charts),
                InstructionsSection.of(extras.instructions()),
                ProblemsSection.of(summary, charts),
                CausesSection.of(summary),
                AdviceSection.of(summary, recommendations),
                TypicalCasesSection.of(extras.typicalCases()),
                LeagueSection.of(summary),
                HotspotsSection.of(extras.hotspots()),
                MonitoringSection.of(summary));
        return page.html(title(summary), extras.header(), sections);
    }

    /** "毕节市扶贫专线分析报告（2020年1月1日至2020年5月31日）" */
    static String title(Summary summary) {
        return summary.region().name() + "扶贫专线分析报告（" + Phrases.period(summary.from(), summary.to()) + "）";
    }
}
