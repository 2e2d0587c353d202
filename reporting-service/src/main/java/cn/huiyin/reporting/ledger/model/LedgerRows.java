package cn.huiyin.reporting.ledger.model;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.model.AssignmentPart;
import cn.huiyin.reporting.projections.model.CallFact;
import cn.huiyin.reporting.projections.model.CallbackPart;
import cn.huiyin.reporting.projections.model.Contributions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case's fact as a ledger row: codes, days and flags, no personal data. */
public final class LedgerRows {

    private final RegionRegistry regions;

    public LedgerRows(RegionRegistry regions) {
        this.regions = regions;
    }

    public LedgerRow of(CallFact fact) {
        AssignmentPart assignment = fact.assignment();
        String county = fact.caseCounty();
        String township = fact.call() == null ? null : fact.call().townshipCode();
        List<? extends Enum<?>> categories = fact.call() != null ? fact.call().categories()
                : fact.verification() != null ? fact.verification().categories() : List.of();
        return new LedgerRow(fact.trackingNumber(),
                day(fact.call() == null ? null : fact.call().receivedAt()), day(fact.caseStart()),
                county, name(county), township, name(township), codes(categories),
                assignment == null ? List.of() : codes(assignment.departments()), fact.state().name(),
                day(assignment == null ? null : assignment.deadline()),
                day(fact.verification() == null ? null : fact.verification().verifiedAt()), day(fact.closedAt()),
                fact.lateEver(), fact.missing(),
                fact.verification() == null ? null : fact.verification().substantiated().name(),
                fact.verification() == null ? List.of() : codes(fact.verification().natures()),
                fact.verification() == null ? null : fact.verification().reportedSatisfaction().name(),
                callbackSatisfaction(fact.callback()), fact.reopenCount());
    }

    /** As the report counts it: an unreachable citizen still to be tried again has no outcome yet. */
    private static String callbackSatisfaction(CallbackPart callback) {
        if (callback == null) {
            return null;
        }
        return callback.retryPending() ? LedgerRow.RETRY_PENDING : callback.result().name();
    }

    private String name(String code) {
        return code == null ? null : regions.find(code).map(Region::name).orElse(code);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : Contributions.dayOf(instant);
    }

    private static List<String> codes(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

}
