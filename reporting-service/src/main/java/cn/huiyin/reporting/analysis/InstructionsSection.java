package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.analysis.Section.Block;
import cn.huiyin.reporting.analysis.Section.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * 二、领导批示情况: each instruction recorded in the period — who, when, on which issue or case, its words — and
 * whether its follow-up (批示件) is done, as the seed's second section tells them.
 */
final class InstructionsSection {

    static final String HEADING = "二、领导批示情况";

    private InstructionsSection() {
    }

    static Section of(List<ReportExtras.Instruction> instructions) {
        if (instructions.isEmpty()) {
            return new Section(HEADING, List.of(new Paragraph("本期无领导批示。")));
        }
        long done = instructions.stream().filter(i -> i.followUp() == ReportExtras.FollowUp.DONE).count();
        long overdue = instructions.stream().filter(i -> i.followUp() == ReportExtras.FollowUp.OVERDUE).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("本期领导共作出批示" + instructions.size() + "件，已办结" + done + "件"
                + (overdue > 0 ? "，超期未办结" + overdue + "件" : "") + "。"));
        for (ReportExtras.Instruction instruction : instructions) {
            blocks.add(new Paragraph(sentence(instruction)));
        }
        return new Section(HEADING, blocks);
    }

    /** "省政协副主席、市委书记周建琨同志于2020年4月4日，在《…》（2020年第3期）上批示：“…”（办理情况：已办结）" */
    static String sentence(ReportExtras.Instruction instruction) {
        return (instruction.office() == null || instruction.office().isBlank() ? "" : instruction.office())
                + instruction.leader() + "同志于" + Phrases.day(instruction.issuedAt()) + "，在" + instruction.onWhat()
                + "上批示：“" + instruction.text() + "”（办理情况：" + instruction.followUp().label()
                + (instruction.addressees() > 0 ? "，" + instruction.answered() + "/" + instruction.addressees() + "个单位已答复" : "")
                + "）。";
    }
}
