package cn.huiyin.reporting.instructions.application;

import java.time.LocalDate;

import reactor.core.publisher.Flux;

/**
 * What the next report says of leaders' instructions (§二 领导批示情况): those issued in its period for its region
 * or below, with their bulletin's 第N期 and title, and whether their follow-up is done or overdue today.
 */
public interface InstructionReport {

    Flux<InstructionView> recordedWithin(String regionCode, LocalDate from, LocalDate to);
}
