package cn.huiyin.intake.calls.application;

import cn.huiyin.intake.calls.model.TrackingNumber;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

/**
 * One counter per county and day, so concurrent calls — on one instance or many — each get the next number, with no
 * gap. A number whose call is then not stored is recorded in {@link TrackingVoids}, so the county-day's ledger
 * accounts for every number drawn.
 */
public interface TrackingSequence {

    /** Draws the county-day's next number. */
    Mono<TrackingNumber> next(String countyCode, LocalDate day);

    /** How many numbers the county-day's counter has drawn: its last number, 0 before the first call. */
    Mono<Long> drawn(String countyCode, LocalDate day);
}
