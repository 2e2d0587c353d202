package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.analysis.Section.Block;
import cn.huiyin.reporting.analysis.Section.Paragraph;
import cn.huiyin.reporting.summary.model.Summary;

import java.util.ArrayList;
import java.util.List;

/** 五、工作建议: what the rules recommend, each followed by the figure that called for it. */
final class AdviceSection {

    static final String HEADING = "五、工作建议";
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private AdviceSection() {
    }

    static Section of(Summary summary, Recommendations recommendations) {
        List<Recommendations.Recommendation> found = recommendations.of(summary);
        if (found.isEmpty()) {
            return new Section(HEADING, List.of(new Paragraph("本期各项指标未触发工作建议规则。")));
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Recommendations.Recommendation recommendation = found.get(i);
            blocks.add(new Paragraph(ORDINALS[Math.min(i, ORDINALS.length - 1)] + "是" + recommendation.text()
                    + "（依据：" + recommendation.trigger() + "。）"));
        }
        return new Section(HEADING, blocks);
    }
}
