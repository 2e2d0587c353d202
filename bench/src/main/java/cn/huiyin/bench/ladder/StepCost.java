package cn.huiyin.bench.ladder;

import java.util.OptionalDouble;

/**
 * What the service spent per call it accepted in one step: MongoDB commands before the answer (the
 * request's own) and in all (with the outbox's work after it), and its process's CPU.
 */
record StepCost(OptionalDouble commandsBeforeAnswer, OptionalDouble commandsPerCall, OptionalDouble cpuMsPerCall) {

    String line() {
        return "service per accepted call: %s MongoDB commands before the answer, %s in all, %s ms CPU".formatted(
                text(commandsBeforeAnswer), text(commandsPerCall), text(cpuMsPerCall));
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? "%.2f".formatted(value.getAsDouble()) : "n/a";
    }
}
