package cn.huiyin.reporting.instructions.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A leader's instruction (领导批示) and its follow-up (批示件): written on a bulletin or a case of {@code regionCode},
 * addressed to counties and departments, each of which answers once; done when all have answered, overdue when
 * the deadline (the last day allowed) has passed before that.
 *
 * @param leader      the leader's name, e.g. 周建琨
 * @param leaderTitle the leader's offices, e.g. 省政协副主席、市委书记; may be null
 * @param recordedBy  the client (token subject) that recorded it
 */
public record Instruction(
        String id,
        String regionCode,
        Subject subject,
        String leader,
        String leaderTitle,
        LocalDate issuedOn,
        String text,
        LocalDate deadline,
        List<FollowUp> followUps,
        Instant recordedAt,
        String recordedBy) {

    public Instruction {
        followUps = List.copyOf(followUps);
        if (followUps.isEmpty()) {
            throw new IllegalArgumentException("an instruction has at least one addressee");
        }
        if (deadline.isBefore(issuedOn)) {
            throw new IllegalArgumentException("the deadline " + deadline + " is before the instruction " + issuedOn);
        }
    }

    public Optional<FollowUp> followUpOf(String addresseeCode) {
        return followUps.stream().filter(followUp -> followUp.addressee().code().equals(addresseeCode)).findFirst();
    }

    public boolean done() {
        return followUps.stream().allMatch(FollowUp::answered);
    }

    public InstructionState stateOn(LocalDate today) {
        return done() ? InstructionState.DONE
                : today.isAfter(deadline) ? InstructionState.OVERDUE : InstructionState.OPEN;
    }

    /** Whole days past the deadline on {@code today}; 0 while it has not passed or once done. */
    public int overdueDays(LocalDate today) {
        return stateOn(today) == InstructionState.OVERDUE ? (int) ChronoUnit.DAYS.between(deadline, today) : 0;
    }

    public List<Addressee> unanswered() {
        return followUps.stream().filter(followUp -> !followUp.answered()).map(FollowUp::addressee).toList();
    }
}
