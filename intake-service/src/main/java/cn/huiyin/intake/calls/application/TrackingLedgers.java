package cn.huiyin.intake.calls.application;

import cn.huiyin.intake.calls.model.TrackingLedger;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

/**
 * The ledger of one county-day's tracking numbers, from three reads whose cost does not grow with the rest of the
 * store: the numbers of the day's calls and its voids (two index ranges, together), then the counter. The counter
 * is read last, so every number read was drawn before it: a number above it is a real anomaly, while a number
 * drawn moments ago whose call is still being written shows as missing until it is written.
 */
public class TrackingLedgers {

    private final Calls calls;
    private final TrackingSequence sequence;
    private final TrackingVoids voids;

    public TrackingLedgers(Calls calls, TrackingSequence sequence, TrackingVoids voids) {
        this.calls = calls;
        this.sequence = sequence;
        this.voids = voids;
    }

    public Mono<TrackingLedger> of(String countyCode, LocalDate day) {
        return Mono.zip(calls.trackingNumbers(countyCode, day).collectList(), voids.of(countyCode, day).collectList())
                .flatMap(numbers -> sequence.drawn(countyCode, day)
                        .map(drawn -> TrackingLedger.reconcile(countyCode, day, drawn, numbers.getT1(),
                                numbers.getT2())));
    }
}
