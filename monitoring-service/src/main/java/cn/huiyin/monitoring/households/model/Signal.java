package cn.huiyin.monitoring.households.model;

import cn.huiyin.events.RiskFactor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sign that a household may be at risk, kept with its source and time. {@code householdId} is
 * null while it matches no registered household (such signals are listed, never dropped).
 *
 * @param factors   the risk factors it points at (a call about housing → UNSAFE_HOUSING, …)
 * @param amount    yuan, when the source gives one (medical costs paid, disaster loss, income lost)
 * @param fact      the source's own words (a warning's fact, a self-report's description)
 * @param reference the call, case, report or warning it came from
 */
public record Signal(String signalId, SignalSource source, String householdId, String regionCode,
        String idFingerprint, List<RiskFactor> factors, Double amount, String fact, LocalDate occurredOn,
        Instant receivedAt, String reference, WarningKind warningKind) {

    public Signal {
        factors = List.copyOf(factors);
    }

    public boolean matched() {
        return householdId != null;
    }
}
