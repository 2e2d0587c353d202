package cn.huiyin.monitoring.signals.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.Substantiation;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.SignalSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the hotline's events for signs of hardship: a call of a registered household about a
 * hardship category, a verification that found the household at risk or a substantiated hardship,
 * an unsatisfied callback on such a case. Each category points at the risk factor it reveals.
 */
public class HardshipSignals {

    static final Map<Category, RiskFactor> HARDSHIP = new EnumMap<>(Map.of(
            Category.HOUSING_SECURITY, RiskFactor.UNSAFE_HOUSING,
            Category.DRINKING_WATER, RiskFactor.NO_SAFE_WATER,
            Category.MEDICAL_ASSISTANCE, RiskFactor.ILLNESS,
            Category.EDUCATION, RiskFactor.SCHOOLING,
            Category.EMPLOYMENT, RiskFactor.INCOME_DROP,
            Category.SOCIAL_SECURITY, RiskFactor.INCOME_DROP,
            Category.ELIGIBILITY, RiskFactor.INCOME_DROP));

    private final Clock clock;

    public HardshipSignals(Clock clock) {
        this.clock = clock;
    }

    public static List<RiskFactor> factorsOf(List<Category> categories) {
        List<RiskFactor> factors = new ArrayList<>();
        categories.stream().map(HARDSHIP::get).filter(f -> f != null && !factors.contains(f)).forEach(factors::add);
        return factors;
    }

    public Optional<Signal> ofCall(CaseReceived call, String householdId) {
        List<RiskFactor> factors = factorsOf(call.categories());
        if (householdId == null || factors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(signal(SignalSource.CALL, householdId, call.regionCode(), call.callerRef(), factors,
                call.content(), day(call.receivedAt()), "call:" + call.callId()));
    }

    /** A verification that found the household at risk is kept even when no household matches it yet. */
    public Optional<Signal> ofVerification(CaseVerified report, String householdId) {
        boolean substantiated = report.substantiated() != Substantiation.NO;
        List<RiskFactor> factors = factorsOf(report.categories());
        if (!report.householdAtRisk() && !(substantiated && !factors.isEmpty() && householdId != null)) {
            return Optional.empty();
        }
        return Optional.of(signal(SignalSource.VERIFICATION, householdId, report.regionCode(), report.callerRef(),
                factors, report.findings(), day(report.verifiedAt()), "case:" + report.caseId()));
    }

    public Optional<Signal> ofCallback(CallbackCompleted callback, String householdId) {
        List<RiskFactor> factors = factorsOf(callback.categories());
        if (callback.result() != CallbackResult.UNSATISFIED || householdId == null || factors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(signal(SignalSource.CALLBACK, householdId, callback.regionCode(), callback.callerRef(),
                factors, "回访不满意", day(callback.completedAt()), "case:" + callback.caseId()));
    }

    private Signal signal(SignalSource source, String householdId, String region, String fingerprint,
            List<RiskFactor> factors, String fact, LocalDate on, String reference) {
        return new Signal(UUID.randomUUID().toString(), source, householdId, region, fingerprint, factors, null,
                fact, on, clock.instant(), reference, null);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(HotlineTime.ZONE).toLocalDate();
    }
}
