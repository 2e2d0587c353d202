package cn.huiyin.reporting.instructions.infrastructure;

import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.reporting.instructions.model.Addressee;
import cn.huiyin.reporting.instructions.model.Instruction;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An instruction with what its queries select on beside it: its region, the counties addressed, its days (ISO
 * text, ordered as text), whether it is done, and when it was published as overdue (with its event, the outbox,
 * until the relay has sent it). {@code version} guards answers written at the same time.
 */
@Document(InstructionDocument.COLLECTION)
public record InstructionDocument(
        @Id String id,
        long version,
        String regionCode,
        List<String> counties,
        String issuedOn,
        String deadline,
        boolean done,
        Instant overduePublishedAt,
        Instruction instruction,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "instructions";

    static InstructionDocument of(Instruction instruction) {
        return new InstructionDocument(instruction.id(), 0, instruction.regionCode(), counties(instruction),
                instruction.issuedOn().toString(), instruction.deadline().toString(), instruction.done(), null,
                instruction, List.of());
    }

    static List<String> counties(Instruction instruction) {
        return instruction.followUps().stream().map(followUp -> followUp.addressee())
                .filter(addressee -> addressee.kind() == Addressee.Kind.COUNTY).map(Addressee::code).toList();
    }
}
