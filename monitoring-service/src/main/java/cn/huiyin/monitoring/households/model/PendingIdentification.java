package cn.huiyin.monitoring.households.model;

import cn.huiyin.events.RiskFactor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A household waiting in the identification queue (应纳尽纳) for the county's decision: since when, and what put it
 * there — a self-report or a department warning whatever its score, or an assessment at MEDIUM or above.
 *
 * @param since     when the first signal of the risk arrived (or the assessment found it); the limit counts from it
 * @param cause     {@code SELF_REPORT}, {@code DEPARTMENT_WARNING}, {@code ASSESSMENT}, …
 * @param reference the signal or rule version that opened it
 * @param factors   the risk factors it points at
 */
public record PendingIdentification(Instant since, String cause, String reference, List<RiskFactor> factors) {

    public PendingIdentification {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(cause, "cause");
        factors = List.copyOf(factors);
    }
}
