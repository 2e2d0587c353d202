package cn.huiyin.monitoring.households.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The county's last decision on the household's identification: to take it in (IDENTIFY) or not (NOT_IDENTIFY,
 * with the reason in words), by whom and when. Either closes the household's place in the queue.
 */
public record IdentificationDecision(Outcome outcome, String reason, String decidedBy, Instant decidedAt,
        Instant waitingSince) {

    public enum Outcome {
        IDENTIFY("纳入监测"),
        NOT_IDENTIFY("不予纳入");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public IdentificationDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (outcome == Outcome.NOT_IDENTIFY && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a decision not to identify gives its reason");
        }
    }
}
