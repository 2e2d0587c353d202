package cn.huiyin.monitoring.households.model;

import cn.huiyin.chassis.errors.Conflict;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.events.HouseholdMonitoringChanged;
import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.events.MonitoringChange;
import cn.huiyin.events.MonitoringType;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A household in return-to-poverty monitoring (防返贫监测), the aggregate whose acts are the only way its standing
 * changes. Each act returns the next state and the events it causes and does no I/O: registering and editing the
 * register's facts, recording a signal, assessing, identifying (纳入监测) or declining to, adopting a plan, recording
 * a helper's visit or contact, eliminating the risk (风险消除), and identifying again after an elimination (返贫/再次纳入).
 *
 * <p>应纳尽纳: a household not monitored enters the identification queue ({@link #pending()}) when a self-report or a
 * department warning names it, whatever its score, or when an assessment finds it at MEDIUM or above; only a
 * decision closes its place there. After an elimination a new risk puts it in the queue again; it is never
 * re-identified by a score alone.
 *
 * @param facts         the register's facts; their status, monitoring type and dates are this aggregate's to set
 * @param recentVisits  the days of the latest visits in person, newest first, at most {@value #VISITS_KEPT}
 * @param firstSignalAt when the first signal of the current risk episode arrived; reset when a decision or an
 *                      elimination closes the episode, or when the risk is gone before anyone had to decide
 */
public record MonitoredHousehold(String id, long version, Household facts, StoredAssessment assessment,
        AssistancePlan plan, LocalDate lastVisit, LocalDate lastContact, List<LocalDate> recentVisits,
        Instant firstSignalAt, Identification identification, PendingIdentification pending,
        IdentificationDecision lastDecision) {

    /** Enough visits to tell whether a helper visited four times in a year. */
    public static final int VISITS_KEPT = 4;

    /** Why a household enters the queue whatever its score: the sources the county must decide on. */
    public static final List<String> ALWAYS_QUEUED = List.of("SELF_REPORT", "DEPARTMENT_WARNING");

    /** The answer to an edit that tries to change the household's standing in monitoring. */
    public static final String STANDING_BY_ACTS = "is changed only by the acts of monitoring: POST "
            + "/api/v1/households/{id}/identification (纳入监测 or 不予纳入) and POST "
            + "/api/v1/households/{id}/risk-elimination (风险消除)";

    public MonitoredHousehold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facts, "facts");
        assessment = assessment == null ? StoredAssessment.NONE : assessment;
        recentVisits = recentVisits == null ? List.of()
                : recentVisits.stream().sorted(Comparator.reverseOrder()).limit(VISITS_KEPT).toList();
    }

    /**
     * A household new to the register, not monitored: {@code NORMAL} (一般农户) or {@code ALLEVIATED} (脱贫户).
     * Taking it into monitoring is a decision ({@link #identify}), never a fact of the register.
     */
    public static MonitoredHousehold register(Household facts) {
        if (facts.status() == HouseholdStatus.MONITORED || facts.status() == HouseholdStatus.RISK_CLEARED) {
            throw new InvalidInput("status", STANDING_BY_ACTS);
        }
        if (facts.monitoringType() != null) {
            throw new InvalidInput("monitoringType", STANDING_BY_ACTS);
        }
        HouseholdStatus status = facts.status() == null ? HouseholdStatus.NORMAL : facts.status();
        return new MonitoredHousehold(facts.householdId(), 0, standing(facts, status, null, null, null),
                StoredAssessment.NONE, null, null, null, List.of(), null, null, null, null);
    }

    public HouseholdStatus status() {
        return facts.status();
    }

    public boolean monitored() {
        return facts.status() == HouseholdStatus.MONITORED;
    }

    /** The reasons the household was taken into monitoring for, empty when it never was. */
    public List<RiskFactor> reasonsOfIdentification() {
        return identification == null ? List.of() : identification.reasons();
    }

    /**
     * New facts for the register (members, incomes, expenditure, helper, housing, water; NORMAL ↔ ALLEVIATED while
     * not monitored). Status, monitoring type and the dates of identification and clearing stay as the acts set them.
     */
    public HouseholdChange edit(Household edited) {
        HouseholdStatus asked = edited.status() == null ? facts.status() : edited.status();
        boolean standingChanged = asked != facts.status() && (asked == HouseholdStatus.MONITORED
                || asked == HouseholdStatus.RISK_CLEARED || monitored()
                || facts.status() == HouseholdStatus.RISK_CLEARED);
        if (standingChanged) {
            throw new InvalidInput("status", STANDING_BY_ACTS);
        }
        if (edited.monitoringType() != null && edited.monitoringType() != facts.monitoringType()) {
            throw new InvalidInput("monitoringType", STANDING_BY_ACTS);
        }
        return HouseholdChange.quietly(with(standing(edited, asked, facts.monitoringType(), facts.identifiedAt(),
                facts.clearedAt())));
    }

    /** A year's income (收入核算), added or replacing that year's. */
    public HouseholdChange recordIncome(YearlyIncome income) {
        List<YearlyIncome> incomes = new ArrayList<>(facts.incomes().stream()
                .filter(known -> known.year() != income.year()).toList());
        incomes.add(income);
        Household h = facts;
        return HouseholdChange.quietly(with(new Household(h.householdId(), h.regionCode(), h.countyCode(), h.head(),
                h.members(), h.status(), h.monitoringType(), incomes, h.expenditure(), h.helper(), h.housingSafe(),
                h.waterSafe(), h.identifiedAt(), h.clearedAt())));
    }

    /**
     * A sign of risk naming the household. It dates the risk episode; a self-report or a department warning also
     * puts a household that is not monitored in the queue, whatever its score.
     */
    public HouseholdChange signalled(Instant at, String source, String reference, List<RiskFactor> factors) {
        if (monitored()) {
            return HouseholdChange.quietly(this);
        }
        Instant first = firstSignalAt == null || at.isBefore(firstSignalAt) ? at : firstSignalAt;
        PendingIdentification queued = pending;
        if (queued == null && ALWAYS_QUEUED.contains(source)) {
            queued = new PendingIdentification(first, source, reference, factors);
        }
        return HouseholdChange.quietly(new MonitoredHousehold(id, version, facts, assessment, plan, lastVisit,
                lastContact, recentVisits, first, identification, queued, lastDecision));
    }

    /**
     * The household's risk as assessed now. A new level is published (LEVEL_CHANGED); a household not monitored
     * whose level rises to MEDIUM or above enters the queue, one whose risk is gone before anyone had to decide
     * leaves its episode behind.
     */
    public HouseholdChange assessed(StoredAssessment next, String signalType, String reference, Instant at) {
        List<HouseholdMonitoringChanged> events = new ArrayList<>();
        RiskLevel before = assessment.level();
        MonitoredHousehold assessedNow = new MonitoredHousehold(id, version, facts, next, plan, lastVisit,
                lastContact, recentVisits, firstSignalAt, identification, pending, lastDecision);
        if (before != next.level()) {
            events.add(assessedNow.event(MonitoringChange.LEVEL_CHANGED, before, signalType, reference, at, null));
        }
        if (!monitored()) {
            // entering MEDIUM or above, not being there: a county that declined a household at MEDIUM is asked
            // again when the risk rises anew or a self-report or warning names it, not at every rescoring
            boolean enters = atRisk(next.level()) && !atRisk(before);
            if (enters && pending == null) {
                Instant since = firstSignalAt != null ? firstSignalAt : at;
                assessedNow = new MonitoredHousehold(id, version, facts, next, plan, lastVisit, lastContact,
                        recentVisits, since, identification,
                        new PendingIdentification(since, "ASSESSMENT", reference, next.factors()), lastDecision);
            } else if (next.level() == RiskLevel.NONE && pending == null && firstSignalAt != null) {
                assessedNow = new MonitoredHousehold(id, version, facts, next, plan, lastVisit, lastContact,
                        recentVisits, null, identification, null, lastDecision);
            }
        }
        return new HouseholdChange(assessedNow, events);
    }

    /**
     * 纳入监测: the county takes the household into monitoring as {@code type}, for {@code reasons}. A household
     * whose risk had been eliminated is identified again (REIDENTIFIED). Refused for a household already monitored.
     */
    public HouseholdChange identify(MonitoringType type, List<RiskFactor> reasons, String decidedBy, Instant at,
            String reference) {
        if (monitored()) {
            throw new Conflict("household " + id + " is already monitored, since " + facts.identifiedAt());
        }
        boolean again = facts.status() == HouseholdStatus.RISK_CLEARED || identification != null;
        Instant since = pending != null ? pending.since() : firstSignalAt;
        Identification decided = new Identification(type, reasons, at, since, decidedBy, again);
        MonitoredHousehold next = new MonitoredHousehold(id, version,
                standing(facts, HouseholdStatus.MONITORED, type, at, null), assessment, plan, lastVisit, lastContact,
                recentVisits, null, decided, null,
                new IdentificationDecision(IdentificationDecision.Outcome.IDENTIFY, null, decidedBy, at, since));
        MonitoringChange change = again ? MonitoringChange.REIDENTIFIED : MonitoringChange.IDENTIFIED;
        return new HouseholdChange(next, List.of(next.event(change, assessment.level(), "IDENTIFICATION", reference,
                at, since)));
    }

    /** 不予纳入: the county decides not to take the household in, saying why; this closes its place in the queue. */
    public HouseholdChange decline(String reason, String decidedBy, Instant at) {
        if (monitored()) {
            throw new Conflict("household " + id + " is already monitored, since " + facts.identifiedAt());
        }
        if (pending == null) {
            throw new Conflict("household " + id + " is not waiting for an identification decision");
        }
        return HouseholdChange.quietly(new MonitoredHousehold(id, version, facts, assessment, plan, lastVisit,
                lastContact, recentVisits, null, identification, null, new IdentificationDecision(
                        IdentificationDecision.Outcome.NOT_IDENTIFY, reason, decidedBy, at, pending.since())));
    }

    /** 一户一策: the plan replaces the household's plan (the same plan twice is one plan). */
    public HouseholdChange adopt(AssistancePlan next) {
        return HouseholdChange.quietly(new MonitoredHousehold(id, version, facts, assessment, next, lastVisit,
                lastContact, recentVisits, firstSignalAt, identification, pending, lastDecision));
    }

    /** A helper's visit in person (which is also a contact) or a contact by phone, on a day. */
    public HouseholdChange visited(boolean inPerson, LocalDate on) {
        List<LocalDate> visits = recentVisits;
        LocalDate visit = lastVisit;
        if (inPerson) {
            visits = new ArrayList<>(recentVisits);
            if (!visits.contains(on)) {
                visits.add(on);
            }
            visit = later(lastVisit, on);
        }
        return HouseholdChange.quietly(new MonitoredHousehold(id, version, facts, assessment, plan, visit,
                later(lastContact, on), visits, firstSignalAt, identification, pending, lastDecision));
    }

    /**
     * 风险消除, once the clearing rules (checked by the caller, which has the plan, the visits and today's
     * assessment) block nothing. The identification is kept for the record; the assessment stays what it is.
     */
    public HouseholdChange eliminate(Instant at, String reference) {
        if (!monitored()) {
            throw new Conflict("household " + id + " is " + facts.status().label() + ", not monitored");
        }
        MonitoredHousehold next = new MonitoredHousehold(id, version,
                standing(facts, HouseholdStatus.RISK_CLEARED, facts.monitoringType(), facts.identifiedAt(), at),
                assessment, plan, lastVisit, lastContact, recentVisits, null, identification, null, lastDecision);
        return new HouseholdChange(next, List.of(next.event(MonitoringChange.ELIMINATED, assessment.level(),
                "RISK_ELIMINATION", reference, at, identification == null ? null : identification.firstSignalAt())));
    }

    /** The same household as written at {@code version}. */
    public MonitoredHousehold atVersion(long written) {
        return new MonitoredHousehold(id, written, facts, assessment, plan, lastVisit, lastContact, recentVisits,
                firstSignalAt, identification, pending, lastDecision);
    }

    private MonitoredHousehold with(Household next) {
        return new MonitoredHousehold(id, version, next, assessment, plan, lastVisit, lastContact, recentVisits,
                firstSignalAt, identification, pending, lastDecision);
    }

    private HouseholdMonitoringChanged event(MonitoringChange change, RiskLevel previous, String signalType,
            String reference, Instant at, Instant firstSignal) {
        Instant identifiedAt = facts.identifiedAt() == null || facts.identifiedAt().isAfter(at) ? null
                : facts.identifiedAt();
        return new HouseholdMonitoringChanged(id, change, facts.regionCode(), facts.countyCode(), previous,
                assessment.level(), assessment.score(), assessment.factors(), facts.monitoringType(),
                reasonsOfIdentification(),
                new HouseholdRiskChanged.Trigger(signalType, reference), at, identifiedAt,
                firstSignal == null || firstSignal.isAfter(at) ? null : firstSignal);
    }

    private static boolean atRisk(RiskLevel level) {
        return level == RiskLevel.MEDIUM || level == RiskLevel.HIGH;
    }

    private static Household standing(Household h, HouseholdStatus status, MonitoringType type, Instant identifiedAt,
            Instant clearedAt) {
        return new Household(h.householdId(), h.regionCode(), h.countyCode(), h.head(), h.members(), status, type,
                h.incomes(), h.expenditure(), h.helper(), h.housingSafe(), h.waterSafe(), identifiedAt, clearedAt);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
