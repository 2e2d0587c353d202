package cn.huiyin.reporting.instructions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class InstructionTest {

    private static final Addressee QIXINGGUAN = Addressee.county("520502", "七星关区");
    private static final Addressee HOUSING = Addressee.department("HOUSING_CONSTRUCTION", "住房城乡建设");
    private static final LocalDate DEADLINE = LocalDate.of(2020, 7, 6);

    @Test
    void isOpenUntilItsDeadlineAndOverdueTheDayAfter() {
        Instruction instruction = anInstruction(FollowUp.open(QIXINGGUAN), FollowUp.open(HOUSING));

        assertThat(instruction.stateOn(DEADLINE)).isEqualTo(InstructionState.OPEN);
        assertThat(instruction.overdueDays(DEADLINE)).isZero();
        assertThat(instruction.stateOn(DEADLINE.plusDays(1))).isEqualTo(InstructionState.OVERDUE);
        assertThat(instruction.overdueDays(DEADLINE.plusDays(6))).isEqualTo(6);
    }

    @Test
    void isDoneOnceEveryAddresseeHasAnsweredLateOrNot() {
        Answer answer = new Answer("已整改。", "county-520502", Instant.parse("2020-07-10T02:00:00Z"));
        Instruction half = anInstruction(new FollowUp(QIXINGGUAN, answer), FollowUp.open(HOUSING));
        Instruction all = anInstruction(new FollowUp(QIXINGGUAN, answer), new FollowUp(HOUSING, answer));

        assertThat(half.stateOn(DEADLINE.plusDays(3))).isEqualTo(InstructionState.OVERDUE);
        assertThat(half.unanswered()).containsExactly(HOUSING);
        assertThat(all.stateOn(DEADLINE.plusDays(3))).isEqualTo(InstructionState.DONE);
        assertThat(all.overdueDays(DEADLINE.plusDays(3))).isZero();
    }

    @Test
    void refusesNoAddresseeAndADeadlineBeforeTheInstruction() {
        assertThatIllegalArgumentException().isThrownBy(() -> anInstruction());
        assertThatIllegalArgumentException().isThrownBy(() -> new Instruction("i", "5205",
                Subject.bulletin("5205-2020-05", 5, "毕节市扶贫专线快报（2020年第5期）"), "周建琨", null,
                LocalDate.of(2020, 6, 21), "text", LocalDate.of(2020, 6, 20), List.of(FollowUp.open(QIXINGGUAN)),
                Instant.EPOCH, "test"));
    }

    private static Instruction anInstruction(FollowUp... followUps) {
        return new Instruction("ins-1", "5205", Subject.bulletin("5205-2020-05", 5, "毕节市扶贫专线快报（2020年第5期）"),
                "周建琨", "省政协副主席、市委书记", LocalDate.of(2020, 6, 21), "涉及不满意的，镇、村要多作工作，有什么问题要解决好！",
                DEADLINE, List.of(followUps), Instant.parse("2020-06-21T08:00:00Z"), "leader-5205");
    }
}
