package cn.huiyin.reporting.instructions.application;

import cn.huiyin.reporting.analysis.AnalysisInputs;
import cn.huiyin.reporting.analysis.ReportExtras;
import cn.huiyin.reporting.instructions.model.Subject;

import java.time.LocalDate;

import reactor.core.publisher.Flux;

/**
 * The instructions of a region and period as the analysis report's 二、领导批示情况 tells them: on which issue
 * (《毕节市扶贫专线快报》（2020年第5期）) or case, and how far their follow-up went.
 */
public class ReportedInstructions implements AnalysisInputs.InstructionSource {

    private final InstructionReport instructions;

    public ReportedInstructions(InstructionReport instructions) {
        this.instructions = instructions;
    }

    @Override
    public Flux<ReportExtras.Instruction> recordedWithin(String regionCode, LocalDate from, LocalDate to) {
        return instructions.recordedWithin(regionCode, from, to).map(ReportedInstructions::told);
    }

    static ReportExtras.Instruction told(InstructionView view) {
        int answered = (int) view.addressees().stream().filter(a -> "ANSWERED".equals(a.state())).count();
        ReportExtras.FollowUp followUp = view.done() ? ReportExtras.FollowUp.DONE
                : view.overdue() ? ReportExtras.FollowUp.OVERDUE : ReportExtras.FollowUp.OPEN;
        return new ReportExtras.Instruction(view.leader(), view.leaderTitle(), view.issuedAt(), onWhat(view),
                view.text(), followUp, answered, view.addressees().size());
    }

    private static String onWhat(InstructionView view) {
        Subject subject = view.subject();
        if (subject.isBulletin()) {
            // the subject's title names its issue: 毕节市扶贫专线快报（2020年第5期）
            java.util.regex.Matcher titled = java.util.regex.Pattern.compile("(.*)（(.*期)）")
                    .matcher(subject.bulletinTitle());
            return titled.matches() ? "《" + titled.group(1) + "》（" + titled.group(2) + "）"
                    : "《" + subject.bulletinTitle() + "》（" + view.issueLabel() + "）";
        }
        return "转办件（受理编号" + subject.trackingNumber() + "）";
    }
}
