package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.web.ProblemException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code huiyin_calls_rejected_total{reason}}: which rules callers' systems break, by field or status. */
public class RejectionMetrics {

    private final MeterRegistry meters;

    public RejectionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void record(ProblemException problem) {
        if (problem.errors().isEmpty()) {
            count(String.valueOf(problem.status().value()));
            return;
        }
        for (FieldError error : problem.errors()) {
            // categories[3] and categories[0] are one reason
            count(error.field().replaceAll("\\[\\d+]", "[]"));
        }
    }

    private void count(String reason) {
        Counter.builder("huiyin.calls.rejected").description("calls refused, by the field or status that refused them")
                .tag("reason", reason).register(meters).increment();
    }
}
