package cn.huiyin.intake.calls.application;

import cn.huiyin.intake.calls.model.TrackingNumber;
import cn.huiyin.intake.calls.model.VoidedNumber;

import java.time.LocalDate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tracking numbers that were drawn but belong to no call. Only written when a call's write failed, so accepting a
 * call costs no command more.
 */
public interface TrackingVoids {

    /** Records the number as void; recording it again keeps the first record. */
    Mono<Void> record(TrackingNumber number, String reason, String failure);

    /** The voids of one county-day, in number order. */
    Flux<VoidedNumber> of(String countyCode, LocalDate day);
}
