package cn.huiyin.reporting.instructions.application;

import cn.huiyin.reporting.instructions.model.Addressee;
import cn.huiyin.reporting.instructions.model.Answer;
import cn.huiyin.reporting.instructions.model.FollowUp;
import cn.huiyin.reporting.instructions.model.Instruction;
import cn.huiyin.reporting.instructions.model.InstructionState;
import cn.huiyin.reporting.instructions.model.Subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An instruction as the API and the reports show it: what it was written on (with the bulletin's 第N期 and title),
 * the leader, the text, the follow-up of each addressee, and where it stands on the day asked.
 */
public record InstructionView(
        String id,
        String region,
        Subject subject,
        String issueLabel,
        String leader,
        String leaderTitle,
        LocalDate issuedAt,
        String text,
        LocalDate deadline,
        InstructionState state,
        String stateLabel,
        boolean done,
        boolean overdue,
        int overdueDays,
        List<AddresseeView> addressees,
        Instant recordedAt,
        String recordedBy) {

    /** One addressee's follow-up: OPEN, or ANSWERED with its answer. */
    public record AddresseeView(Addressee.Kind kind, String code, String label, String state, Answer answer) {

        static AddresseeView of(FollowUp followUp) {
            Addressee addressee = followUp.addressee();
            return new AddresseeView(addressee.kind(), addressee.code(), addressee.label(),
                    followUp.answered() ? "ANSWERED" : "OPEN", followUp.answer());
        }
    }

    public static InstructionView of(Instruction instruction, LocalDate today) {
        InstructionState state = instruction.stateOn(today);
        Subject subject = instruction.subject();
        return new InstructionView(instruction.id(), instruction.regionCode(), subject,
                subject.isBulletin() ? "第" + subject.issue() + "期" : null, instruction.leader(),
                instruction.leaderTitle(), instruction.issuedOn(), instruction.text(), instruction.deadline(), state,
                state.label(), state == InstructionState.DONE, state == InstructionState.OVERDUE,
                instruction.overdueDays(today), instruction.followUps().stream().map(AddresseeView::of).toList(),
                instruction.recordedAt(), instruction.recordedBy());
    }
}
