package cn.huiyin.reporting.projections.model;

import static cn.huiyin.reporting.projections.model.Counters.*;

import cn.huiyin.events.Category;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.HouseholdMonitoringChanged;
import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.events.MonitoringChange;
import cn.huiyin.events.Nature;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.RiskChange;
import cn.huiyin.events.RiskFactor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns facts into entries. A call counts on the day it was received, in its county; a case on
 * the day it was transferred (转办), in the county responsible now, which is how the hotline's
 * reports count 转办件. A household change counts on its own day.
 */
public final class Contributions {

    private Contributions() {
    }

    /**
     * The call's entry and, once it is a case placed in time and county, the case's entry; {@code acceptanceLimit}
     * is the time a county has to accept its case (响应).
     */
    public static List<Entry> of(CallFact fact, Duration acceptanceLimit) {
        List<Entry> entries = new ArrayList<>(2);
        CallPart call = fact.call();
        if (call != null) {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put(CALLS, 1L);
            counts.put(TYPE + call.type().name(), 1L);
            one(counts, REPEATS, call.repeat());
            entries.add(new Entry(Entry.callKey(fact.callId()),
                    new BucketKey(call.countyCode(), dayOf(call.receivedAt())), counts));
        }
        if (placedCase(fact)) {
            entries.add(new Entry(Entry.caseKey(fact.callId()),
                    new BucketKey(fact.caseCounty(), dayOf(fact.caseStart())), caseCounts(fact, acceptanceLimit)));
        }
        return entries;
    }

    /** A case counts once it is placed in time and county; until then it is only a call. */
    public static boolean placedCase(CallFact fact) {
        return fact.isCase() && fact.caseStart() != null && fact.caseCounty() != null;
    }

    /** A v1 change, as the topic keeps it from before v2: an identification counts with the factors assessed. */
    public static Entry of(String eventId, HouseholdRiskChanged event, Duration identificationLimit) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (event.change() == RiskChange.RISK_IDENTIFIED) {
            identified(counts, event.factors(), event.firstSignalAt(), event.changedAt(), identificationLimit);
        } else if (event.change() == RiskChange.RISK_CLEARED) {
            counts.put(CLEARED, 1L);
        }
        return new Entry(Entry.riskKey(eventId), new BucketKey(event.countyCode(), dayOf(event.changedAt())), counts);
    }

    /**
     * A v2 decision: an identification or re-identification counts with the reasons the household was taken in
     * for, an elimination as cleared; a level change leaves the household's standing, and so the counts, alone.
     */
    public static Entry of(String eventId, HouseholdMonitoringChanged event, Duration identificationLimit) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (event.change().identifies()) {
            identified(counts, event.reasons(), event.firstSignalAt(), event.changedAt(), identificationLimit);
            one(counts, REIDENTIFIED, event.change() == MonitoringChange.REIDENTIFIED);
        } else if (event.change() == MonitoringChange.ELIMINATED) {
            counts.put(CLEARED, 1L);
        }
        return new Entry(Entry.riskKey(eventId), new BucketKey(event.countyCode(), dayOf(event.changedAt())), counts);
    }

    private static void identified(Map<String, Long> counts, List<RiskFactor> factors, Instant firstSignalAt,
            Instant identifiedAt, Duration identificationLimit) {
        counts.put(IDENTIFIED, 1L);
        for (RiskFactor factor : factors) {
            counts.put(RISK_FACTOR + factor.name(), 1L);
        }
        one(counts, IDENTIFIED_LATE, firstSignalAt != null
                && Duration.between(firstSignalAt, identifiedAt).compareTo(identificationLimit) > 0);
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(HotlineTime.ZONE).toLocalDate();
    }

    private static Map<String, Long> caseCounts(CallFact fact, Duration acceptanceLimit) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(CASES, 1L);
        one(counts, RESPONDED, fact.respondedWithin(acceptanceLimit));
        CallPart call = fact.call();
        // a case re-assigned to another county no longer counts for the caller's township
        if (call != null && call.townshipCode() != null && call.countyCode().equals(fact.caseCounty())) {
            counts.put(TOWNSHIP + call.townshipCode(), 1L);
        }
        List<Category> categories = categoriesOf(fact);
        categories.forEach(category -> counts.put(CATEGORY + category.name(), 1L));
        if (fact.assignment() != null) {
            fact.assignment().departments().forEach(department -> counts.put(DEPARTMENT + department.name(), 1L));
        }
        VerificationPart verification = fact.verification();
        if (verification != null) {
            counts.put(VERIFIED, 1L);
            one(counts, SUBSTANTIATED, verification.substantiatedAtLeastPartly());
            verification.natures().forEach(nature -> counts.put(NATURE + nature.name(), 1L));
            for (Category category : categories) {
                verification.natures().forEach(nature ->
                        counts.put(CATEGORY_NATURE + category.name() + ":" + nature.name(), 1L));
            }
            if (verification.natures().contains(Nature.FUNDS_DELAYED)) {
                categories.forEach(category -> counts.put(FUNDS_DELAYED + category.name(), 1L));
            }
            counts.put(REPORTED + verification.reportedSatisfaction().name(), 1L);
            counts.put(SECONDS_TO_VERIFY, seconds(fact.caseStart(), fact.firstVerifiedAt()));
        }
        CallbackPart callback = fact.callback();
        if (callback != null) {
            counts.put(callback.retryPending() ? CALLBACK_RETRY_PENDING : CALLBACK + callback.result().name(), 1L);
            one(counts, RESOLVED_REACHED, callback.reached() && verification != null
                    && verification.resolution() == Resolution.RESOLVED);
        }
        if (fact.closedAt() != null) {
            counts.put(CLOSED, 1L);
            counts.put(SECONDS_TO_CLOSE, seconds(fact.caseStart(), fact.closedAt()));
        }
        one(counts, LATE, fact.lateEver());
        one(counts, MISSING, fact.missing());
        one(counts, REOPENED, fact.reopened());
        one(counts, RETURNED_BY_CITY, fact.returnedByCity());
        return counts;
    }

    /** The call's categories, else those the county's report or the callback repeated. */
    public static List<Category> categoriesOf(CallFact fact) {
        if (fact.call() != null) {
            return fact.call().categories();
        }
        if (fact.verification() != null) {
            return fact.verification().categories();
        }
        return fact.callback() != null ? fact.callback().categories() : List.of();
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    private static void one(Map<String, Long> counts, String key, boolean when) {
        if (when) {
            counts.put(key, 1L);
        }
    }
}
