package cn.huiyin.reporting.projections.model;

import cn.huiyin.events.CaseAccepted;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/** A county's acceptance of its assignment (签收): the fact keeps the one of the latest assignment. */
public record AcceptancePart(String countyCode, Instant assignedAt, Instant acceptedAt) {

    static final CallFact.Latest<AcceptancePart> LATEST = new CallFact.Latest<>(
            Comparator.comparing(AcceptancePart::assignedAt).thenComparing(AcceptancePart::acceptedAt)
                    .thenComparing(AcceptancePart::countyCode));

    static AcceptancePart of(CaseAccepted event) {
        return new AcceptancePart(event.countyCode(), event.assignedAt(), event.acceptedAt());
    }

    /** The county answered its assignment within the limit (响应). */
    public boolean within(Duration limit) {
        return Duration.between(assignedAt, acceptedAt).compareTo(limit) <= 0;
    }
}
