package cn.huiyin.reporting.instructions.application;

import cn.huiyin.chassis.errors.Conflict;
import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Role;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.reporting.instructions.model.Addressee;
import cn.huiyin.reporting.instructions.model.Answer;
import cn.huiyin.reporting.instructions.model.FollowUp;
import cn.huiyin.reporting.instructions.model.Instruction;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * An addressee answers an instruction (办理情况), once: a county through its county office, a department through
 * the city office above the instruction's region (or, for an instruction on the province, a hotline supervisor).
 * The instruction is done when every addressee has answered.
 */
public class InstructionAnswering {

    static final int MAX_TEXT = 4_000;
    private static final int ATTEMPTS = 3;

    private final Instructions instructions;
    private final RegionAccess access;
    private final Clock clock;

    public InstructionAnswering(Instructions instructions, RegionAccess access, Clock clock) {
        this.instructions = instructions;
        this.access = access;
        this.clock = clock;
    }

    public Mono<Instruction> answer(String instructionId, AnswerDraft draft) {
        return Mono.fromRunnable(() -> validate(draft))
                .then(access.currentClient())
                .flatMap(client -> attempt(instructionId, draft, client, ATTEMPTS));
    }

    /** Two answers at once: the one whose write lost reads the instruction again. */
    private Mono<Instruction> attempt(String instructionId, AnswerDraft draft, Client client, int attempts) {
        return Mono.defer(() -> write(instructionId, draft, client))
                .switchIfEmpty(Mono.defer(() -> attempts > 1 ? attempt(instructionId, draft, client, attempts - 1)
                        : Mono.error(new Conflict("instruction " + instructionId
                                + " is being changed by others; send the answer again"))));
    }

    private Mono<Instruction> write(String instructionId, AnswerDraft draft, Client client) {
        return instructions.find(instructionId)
                .switchIfEmpty(Mono.error(() -> new NotFound("instruction " + instructionId)))
                .flatMap(read -> {
                    Instruction instruction = read.instruction();
                    String code = draft.addressee().strip();
                    FollowUp followUp = instruction.followUpOf(code).orElseThrow(() -> new InvalidInput(
                            "addressee", "is not addressed by instruction " + instructionId));
                    if (!permitted(client, instruction, followUp.addressee())) {
                        return Mono.error(new NotPermitted(followUp.addressee().kind() == Addressee.Kind.COUNTY
                                ? "only the county office (county-office) of " + code + " answers for it"
                                : "a department's answer is given by the city office (city-office) above region "
                                        + instruction.regionCode()));
                    }
                    if (followUp.answered()) {
                        return Mono.error(new Conflict(code + " has answered instruction " + instructionId
                                + " already"));
                    }
                    Answer answer = new Answer(draft.text().strip(), client.subject(), clock.instant());
                    return instructions.replace(read, answered(instruction, code, answer));
                });
    }

    private boolean permitted(Client client, Instruction instruction, Addressee addressee) {
        if (addressee.kind() == Addressee.Kind.COUNTY) {
            return access.actsAbove(client, Role.COUNTY_OFFICE, RegionLevel.COUNTY, addressee.code());
        }
        return access.actsAbove(client, Role.CITY_OFFICE, RegionLevel.CITY, instruction.regionCode())
                || instruction.regionCode().length() == 2 && client.holds(Role.HOTLINE_SUPERVISOR)
                && access.mayActOn(client, instruction.regionCode());
    }

    private static Instruction answered(Instruction instruction, String code, Answer answer) {
        List<FollowUp> followUps = instruction.followUps().stream()
                .map(followUp -> followUp.addressee().code().equals(code)
                        ? new FollowUp(followUp.addressee(), answer) : followUp)
                .toList();
        return new Instruction(instruction.id(), instruction.regionCode(), instruction.subject(),
                instruction.leader(), instruction.leaderTitle(), instruction.issuedOn(), instruction.text(),
                instruction.deadline(), followUps, instruction.recordedAt(), instruction.recordedBy());
    }

    private static void validate(AnswerDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.addressee() == null || draft.addressee().isBlank()) {
            errors.add(new FieldError("addressee", "is required: the county or department code answering"));
        }
        if (draft.text() == null || draft.text().isBlank()) {
            errors.add(new FieldError("text", "is required"));
        } else if (draft.text().length() > MAX_TEXT) {
            errors.add(new FieldError("text", "must be at most " + MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
