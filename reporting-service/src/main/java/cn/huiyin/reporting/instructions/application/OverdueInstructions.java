package cn.huiyin.reporting.instructions.application;

import cn.huiyin.events.Department;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.InstructionOverdue;
import cn.huiyin.reporting.instructions.model.Addressee;
import cn.huiyin.reporting.instructions.model.Instruction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

/**
 * The periodic scan of instructions past their deadline: each is published once on {@code instruction-overdue}
 * (the mark and the event in one write, so two instances publish it once between them), and the gauge
 * {@code huiyin.instructions.overdue} counts the open overdue ones of each tracked region — registered at 0 for
 * every tracked region from the start, so a dashboard and an alert see the series before the first overdue item.
 */
public class OverdueInstructions {

    private final Instructions instructions;
    private final Clock clock;
    private final Map<String, AtomicInteger> overdueByRegion = new LinkedHashMap<>();

    public OverdueInstructions(Instructions instructions, List<String> trackedRegions, MeterRegistry meters,
            Clock clock) {
        this.instructions = instructions;
        this.clock = clock;
        for (String region : trackedRegions) {
            AtomicInteger count = new AtomicInteger();
            overdueByRegion.put(region, count);
            Gauge.builder("huiyin.instructions.overdue", count, AtomicInteger::get)
                    .description("leaders' instructions (批示件) past their deadline with an addressee not answered, "
                            + "by region (the province and each city)")
                    .tag("region", region)
                    .register(meters);
        }
    }

    /** One run: publishes what became overdue, then refreshes the gauge; the number published. */
    public Mono<Long> scan() {
        LocalDate today = LocalDate.now(clock.withZone(HotlineTime.ZONE));
        return instructions.overdueNotPublished(today)
                .concatMap(instruction -> instructions.publishOverdue(event(instruction, today)))
                .filter(Boolean::booleanValue)
                .count()
                .flatMap(published -> refresh(today).thenReturn(published));
    }

    private Mono<Void> refresh(LocalDate today) {
        return instructions.pastDeadline(today).map(Instruction::regionCode).collectList()
                .doOnNext(regions -> overdueByRegion.forEach((tracked, count) -> count.set((int) regions.stream()
                        .filter(region -> region.startsWith(tracked)).count())))
                .then();
    }

    private InstructionOverdue event(Instruction instruction, LocalDate today) {
        List<Addressee> open = instruction.unanswered();
        return new InstructionOverdue(instruction.id(), instruction.regionCode(), instruction.subject().bulletinId(),
                instruction.subject().caseId(),
                open.stream().filter(addressee -> addressee.kind() == Addressee.Kind.COUNTY).map(Addressee::code)
                        .toList(),
                open.stream().filter(addressee -> addressee.kind() == Addressee.Kind.DEPARTMENT)
                        .map(addressee -> Department.valueOf(addressee.code())).toList(),
                instruction.deadline(), Math.max(1, instruction.overdueDays(today)), clock.instant());
    }
}
