package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.SignalSource;
import cn.huiyin.monitoring.households.model.WarningKind;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Signals for the Weining family of {@link Households}: department warnings, calls and self-reports. */
public final class Signals {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Signals() {
    }

    /** A department warning with no factors of its own: its kind says what it points at. */
    public static Signal warning(WarningKind kind, LocalDate on, Double amount, String fact) {
        return signal(SignalSource.DEPARTMENT_WARNING, "hh-weining-001", List.of(), amount, fact, on, kind);
    }

    public static Signal call(RiskFactor factor, LocalDate on, String fact) {
        return signal(SignalSource.CALL, "hh-weining-001", List.of(factor), null, fact, on, null);
    }

    public static Signal selfReport(LocalDate on, String fact, RiskFactor... factors) {
        return signal(SignalSource.SELF_REPORT, "hh-weining-001", List.of(factors), null, fact, on, null);
    }

    public static Signal forHousehold(String householdId, Signal signal) {
        return new Signal(signal.signalId(), signal.source(), householdId, signal.regionCode(),
                signal.idFingerprint(), signal.factors(), signal.amount(), signal.fact(), signal.occurredOn(),
                signal.receivedAt(), signal.reference(), signal.warningKind());
    }

    private static Signal signal(SignalSource source, String householdId, List<RiskFactor> factors, Double amount,
            String fact, LocalDate on, WarningKind kind) {
        return new Signal(String.format("sig-%04d", NEXT.incrementAndGet()), source, householdId,
                Households.WEINING_VILLAGE, "fp-0001", factors, amount, fact, on,
                on.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)), "ref-" + NEXT.get(), kind);
    }
}
