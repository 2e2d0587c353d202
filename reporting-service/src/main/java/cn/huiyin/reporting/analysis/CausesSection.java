package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.analysis.Section.Paragraph;
import cn.huiyin.reporting.summary.model.Summary;

import java.util.ArrayList;
import java.util.List;

/**
 * 四、原因分析: the seed's reasons, each argued from a figure computed here — consultations against the province's
 * calls (宣传解释), transferred cases against the province's (政策执行), work errors among the natures (工作作风).
 * A reason without its figure is left out rather than asserted.
 */
final class CausesSection {

    static final String HEADING = "四、原因分析";
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五"};

    private CausesSection() {
    }

    static Section of(Summary summary) {
        List<String> reasons = new ArrayList<>();
        Summary.ParentTotals parent = summary.parent();
        String whole = parent == null ? "" : AdministrativeLevel.of(summary.region().level()).parent().whole();
        int consultations = Phrases.count(summary.calls().byType(), "CONSULTATION")
                + Phrases.count(summary.calls().byType(), "SUGGESTION");
        if (parent != null && consultations > 0) {
            reasons.add("政策宣传解释不到位。本期" + summary.region().name() + "群众向扶贫专线进行政策咨询、建议达"
                    + consultations + "次，占" + whole + "来电总量（" + parent.calls() + "次）的"
                    + Percent.of(consultations, parent.calls()) + "。说明部分基层扶贫工作一线的政策宣传还有待加强，"
                    + "群众对相关政策规定一知半解，希望通过扶贫专线咨询或再次确认相关政策。");
        }
        if (parent != null && summary.total() > 0) {
            String funds = Phrases.find(summary.byNature(), "FUNDS_DELAYED").filter(line -> line.count() > 0)
                    .map(line -> "其中反映资金兑现不及时的" + line.count() + "件、占" + Percent.of(line.share()) + "，")
                    .orElse("");
            reasons.add("部分政策执行有差距。本期" + summary.region().name() + "共办理扶贫专线转办群众诉求事项"
                    + summary.total() + "件，占" + whole + "的" + Percent.of(summary.total(), parent.cases()) + "（"
                    + whole + "为" + parent.cases() + "件），" + funds
                    + "说明部分群众按程序获得扶贫政策后，补助资金等未能及时兑现，希望通过扶贫专线表达诉求。");
        }
        Phrases.find(summary.byNature(), "WORK_ERROR").filter(line -> line.count() > 0).ifPresent(line ->
                reasons.add("工作作风需持续改进。涉嫌因工作失误（延误）等因素产生的诉求" + line.count() + "件，占"
                        + Percent.of(line.share()) + Phrases.find(summary.byNature(), "POLICY_NOT_IMPLEMENTED")
                                .filter(other -> other.count() > 0)
                                .map(other -> "；政策执行不到位的" + other.count() + "件，占" + Percent.of(other.share()))
                                .orElse("")
                        + "。部分干部对群众的合理诉求办理解决不及时，对不符合政策规定的诉求解释说明不到位。"));
        Summary.Households households = summary.households();
        if (households != null && households.overdueIdentifications() > 0) {
            reasons.add("监测识别不够及时。本期超过时限识别防返贫监测对象" + households.overdueIdentifications()
                    + "户，应纳尽纳仍有差距。");
        }
        if (reasons.isEmpty()) {
            return new Section(HEADING, List.of(new Paragraph("本期数据不足以作出原因分析。")));
        }
        List<Section.Block> blocks = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            blocks.add(new Paragraph(ORDINALS[i] + "是" + reasons.get(i)));
        }
        return new Section(HEADING, blocks);
    }
}
