package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.WarningKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The evidence signals give: calls, verification reports, callbacks, self-reports and department warnings within
 * the look-back window, each for the factors it points at (a warning with no factors for the one its kind points at).
 */
final class SignalEvidence {

    /** A signal's day when only its arrival time is known is the hotline's local day. */
    static final ZoneId HOTLINE_ZONE = HotlineTime.ZONE;

    private static final int MAX_FACT_LENGTH = 40;

    private final RiskRules rules;

    SignalEvidence(RiskRules rules) {
        this.rules = rules;
    }

    List<Evidence> evidence(String householdId, List<Signal> signals, LocalDate today) {
        LocalDate from = today.minusDays(rules.lookBackDays());
        return signals.stream()
                .filter(signal -> signal.householdId() == null || signal.householdId().equals(householdId))
                .filter(signal -> dayOf(signal) != null)
                .filter(signal -> !dayOf(signal).isBefore(from) && !dayOf(signal).isAfter(today))
                .sorted(Comparator.comparing(SignalEvidence::dayOf)
                        .thenComparing(signal -> Objects.toString(signal.signalId(), "")))
                .flatMap(signal -> factorsOf(signal).stream()
                        .map(factor -> new Evidence(factor, rules.pointsFor(factor), describe(signal))))
                .toList();
    }

    /** The day a signal happened: its own date, else the local day it arrived; null when it has neither. */
    static LocalDate dayOf(Signal signal) {
        if (signal.occurredOn() != null) {
            return signal.occurredOn();
        }
        return signal.receivedAt() == null ? null : LocalDate.ofInstant(signal.receivedAt(), HOTLINE_ZONE);
    }

    static List<RiskFactor> factorsOf(Signal signal) {
        if (signal.factors().isEmpty() && signal.warningKind() != null) {
            return List.of(signal.warningKind().pointsAt());
        }
        return signal.factors().stream().distinct().toList();
    }

    /** "医保部门预警（2024-03-02）：住院自付费用高，金额12000元". */
    static String describe(Signal signal) {
        StringBuilder text = new StringBuilder(sourceLabel(signal)).append("（").append(dayOf(signal)).append("）");
        String fact = signal.fact() == null ? "" : signal.fact().strip();
        if (!fact.isEmpty()) {
            text.append("：").append(fact.length() > MAX_FACT_LENGTH ? fact.substring(0, MAX_FACT_LENGTH) + "…" : fact);
        }
        if (signal.amount() != null) {
            text.append(fact.isEmpty() ? "：" : "，").append("金额").append(Yuan.of(signal.amount()));
        }
        return text.toString();
    }

    static String sourceLabel(Signal signal) {
        return switch (signal.source()) {
            case CALL -> "来电反映";
            case VERIFICATION -> "县级核查";
            case CALLBACK -> "回访不满意";
            case SELF_REPORT -> "一键报贫";
            case DEPARTMENT_WARNING -> departmentLabel(signal.warningKind());
        };
    }

    static String departmentLabel(WarningKind kind) {
        if (kind == null) {
            return "行业部门预警";
        }
        return switch (kind) {
            case MEDICAL_INSURANCE -> "医保部门预警";
            case EDUCATION -> "教育部门预警";
            case CIVIL_AFFAIRS -> "民政部门预警";
            case DISABLED_PERSONS_FEDERATION -> "残联预警";
            case EMERGENCY_MANAGEMENT -> "应急管理部门预警";
            case HUMAN_RESOURCES -> "人社部门预警";
        };
    }
}
