package cn.huiyin.monitoring.visits.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A helper's duties towards a monitored household (seed 003, 帮扶责任人职责): a visit in person at least once a
 * quarter, a contact at least once a month, and four visits in a year once the household has been monitored that
 * long. {@link #overdue} says, in words, each duty that is late.
 */
public final class VisitDuties {

    public static final int VISITS_A_YEAR = 4;

    private VisitDuties() {
    }

    /**
     * @param recentVisits newest first, as the household keeps them (at most four)
     * @param identifiedAt when the household was taken into monitoring; null when unknown
     */
    public static List<String> overdue(LocalDate lastVisit, LocalDate lastContact, List<LocalDate> recentVisits,
            Instant identifiedAt, ZoneId zone, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (lastVisit == null || lastVisit.isBefore(today.minusMonths(3))) {
            reasons.add(lastVisit == null ? "从未入户走访" : "超过一个季度未走访（上次 " + lastVisit + "）");
        }
        if (lastContact == null || lastContact.isBefore(today.minusMonths(1))) {
            reasons.add(lastContact == null ? "从未联系" : "超过一个月未联系（上次 " + lastContact + "，"
                    + ChronoUnit.DAYS.between(lastContact, today) + "天）");
        }
        LocalDate yearAgo = today.minusYears(1);
        boolean monitoredAYear = identifiedAt != null && !identifiedAt.atZone(zone).toLocalDate().isAfter(yearAgo);
        if (monitoredAYear) {
            long withinYear = recentVisits.stream().filter(day -> day.isAfter(yearAgo)).count();
            if (withinYear < VISITS_A_YEAR) {
                reasons.add("近一年入户走访" + withinYear + "次，少于" + VISITS_A_YEAR + "次");
            }
        }
        return reasons;
    }
}
