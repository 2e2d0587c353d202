package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.analysis.Section.Block;
import cn.huiyin.reporting.analysis.Section.Paragraph;

import java.util.ArrayList;
import java.util.List;

/** 六、典型案例: cases chosen by rule, with the masked start of what the caller said and how it was handled. */
final class TypicalCasesSection {

    static final String HEADING = "六、典型案例";
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private TypicalCasesSection() {
    }

    static Section of(List<ReportExtras.TypicalCase> cases) {
        if (cases.isEmpty()) {
            return new Section(HEADING, List.of(new Paragraph("本期无回访不满意、重新办理或超期未报的案例。")));
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            ReportExtras.TypicalCase typical = cases.get(i);
            blocks.add(new Paragraph("（" + ORDINALS[Math.min(i, ORDINALS.length - 1)] + "）" + typical.rule() + "。"
                    + typical.place() + "群众于" + Phrases.day(typical.received()) + "来电（受理编号"
                    + typical.trackingNumber() + "），反映" + String.join("、", typical.categories()) + "问题："
                    + (typical.excerpt() == null || typical.excerpt().isBlank() ? "（无摘要）" : typical.excerpt())
                    + "。" + typical.handling()));
        }
        return new Section(HEADING, blocks);
    }
}
