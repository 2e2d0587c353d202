package cn.huiyin.reporting.instructions.application;

import cn.huiyin.events.InstructionOverdue;
import cn.huiyin.reporting.instructions.model.Instruction;

import java.time.LocalDate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The instructions recorded (批示件), each with its follow-ups and, once overdue, its event (the outbox). */
public interface Instructions {

    Mono<Void> record(Instruction instruction);

    Mono<Stored> find(String id);

    /** Writes the instruction as changed from {@code read}, unless someone wrote it since (then empty). */
    Mono<Instruction> replace(Stored read, Instruction next);

    /** Instructions of the region or below, or addressed to a county within it, latest first. */
    Flux<Instruction> concerning(String regionCode);

    /** Instructions of the region or below issued between the two days (both included), in order of issue. */
    Flux<Instruction> issuedWithin(String regionCode, LocalDate from, LocalDate to);

    /** Instructions with an unanswered addressee whose deadline is before {@code today} (overdue). */
    Flux<Instruction> pastDeadline(LocalDate today);

    /** The same, less those published as overdue already. */
    Flux<Instruction> overdueNotPublished(LocalDate today);

    /**
     * Marks the instruction as published overdue and stores its event in the same write; false when it was marked
     * already (by another instance, or an earlier scan), so each is published once.
     */
    Mono<Boolean> publishOverdue(InstructionOverdue event);

    /** An instruction as read, with the version a replacement must still find. */
    record Stored(Instruction instruction, long version) {
    }
}
