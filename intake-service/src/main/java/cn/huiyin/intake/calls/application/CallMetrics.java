package cn.huiyin.intake.calls.application;

import cn.huiyin.intake.calls.model.Call;
import cn.huiyin.intake.classification.model.ClassificationResult;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code huiyin_calls_received_total{type,channel,county,category}} (the main category, {@code NONE} for a call
 * without one), the classification outcomes and {@code huiyin_tracking_numbers_voided_total{reason,recorded}}:
 * numbers drawn for calls that were not stored, {@code recorded=false} when even the void could not be written.
 */
final class CallMetrics {

    private final MeterRegistry meters;

    CallMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void accepted(Call call) {
        Counter.builder("huiyin.calls.received").description("calls accepted, by type, channel, county and main category")
                .tag("type", call.type().name()).tag("channel", call.channel().name())
                .tag("county", call.countyCode())
                .tag("category", mainCategory(call))
                .register(meters).increment();
    }

    void classified(ClassificationResult result) {
        Counter.builder("huiyin.calls.classified").description("calls classified by the rules, by outcome")
                .tag("outcome", result.needsReview() ? "review" : "confident")
                .tag("category", result.categories().get(0).name())
                .register(meters).increment();
    }

    void voided(String reason, boolean recorded) {
        Counter.builder("huiyin.tracking.numbers.voided")
                .description("tracking numbers drawn for calls that were not stored, by reason and whether recorded")
                .tag("reason", reason).tag("recorded", String.valueOf(recorded))
                .register(meters).increment();
    }

    private static String mainCategory(Call call) {
        return call.categories() == null || call.categories().isEmpty() ? "NONE" : call.categories().get(0).name();
    }
}
