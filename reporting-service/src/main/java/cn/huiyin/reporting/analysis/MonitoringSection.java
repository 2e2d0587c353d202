package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.analysis.Section.Paragraph;
import cn.huiyin.reporting.summary.model.Summary;

import java.util.List;

/**
 * 九、防返贫监测: households identified (those taken in again after an elimination named apart), watched and cleared
 * of risk, and why they were at risk.
 */
final class MonitoringSection {

    static final String HEADING = "九、防返贫监测";

    private MonitoringSection() {
    }

    static Section of(Summary summary) {
        Summary.Households households = summary.households();
        if (households == null) {
            return new Section(HEADING, List.of(new Paragraph("本期无防返贫监测数据。")));
        }
        String figures = Phrases.period(summary.from(), summary.to()) + "，" + summary.region().name()
                + "新识别防返贫监测对象" + households.identified() + "户"
                + (households.reidentified() > 0 ? "（其中返贫再次纳入" + households.reidentified() + "户）" : "")
                + "，期末在监测" + households.monitored()
                + "户，风险消除" + households.cleared() + "户，风险消除率" + Percent.of(households.clearingRate())
                + "；超过时限识别" + households.overdueIdentifications() + "户。";
        String factors = households.byRiskFactor().isEmpty() ? "" : "从风险类型来看，"
                + Phrases.shares(households.byRiskFactor(), "户") + "。"
                + Phrases.severalPerCase(households.byRiskFactor(), households.identified(), "户");
        return new Section(HEADING, factors.isEmpty() ? List.of(new Paragraph(figures))
                : List.of(new Paragraph(figures), new Paragraph(factors)));
    }
}
