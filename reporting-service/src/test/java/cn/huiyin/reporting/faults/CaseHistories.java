package cn.huiyin.reporting.faults;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.Department;
import cn.huiyin.events.Disposition;
import cn.huiyin.events.EventContract;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.events.Nature;
import cn.huiyin.events.OverdueStage;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.RiskChange;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.events.Substantiation;
import cn.huiyin.reporting.seed.Published;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small history of 凯里市 (522601, a county no other reporting test uses, so that the shared read model of
 * Bijie the other tests count stays theirs) in March and April of a given year, in the order the services published it:
 * a case closed at the first callback, one verified late, reopened by an unsatisfied citizen and closed at the
 * second callback, one left overdue without a report (漏报), a consultation answered on the phone, and two
 * households at risk, one of them cleared. The same history in two years gives the same figures.
 */
final class CaseHistories {

    static final String COUNTY = "522601";
    static final String CITY = "5226";
    static final String TOWNSHIP_A = "522601001";
    static final String TOWNSHIP_B = "522601002";
    static final URI SOURCE = URI.create("urn:huiyin:fault-test");

    private final int year;
    private final List<Published> events = new ArrayList<>();

    private CaseHistories(int year) {
        this.year = year;
    }

    static List<Published> of(int year) {
        CaseHistories history = new CaseHistories(year);
        history.closedAtTheFirstCallback();
        history.reopenedAndClosedLate();
        history.overdueWithoutAReport();
        history.consultation();
        history.households();
        return history.events.stream()
                .sorted(java.util.Comparator.comparing(event -> event.attributes().time())).toList();
    }

    static LocalDate from(int year) {
        return LocalDate.of(year, 3, 1);
    }

    static LocalDate to(int year) {
        return LocalDate.of(year, 4, 30);
    }

    private void closedAtTheFirstCallback() {
        Case a = new Case("a", TOWNSHIP_A, List.of(Category.HOUSING_SECURITY, Category.INDUSTRY),
                Department.HOUSING_CONSTRUCTION, at(3, 2, 2));
        a.received(CallType.APPEAL);
        Instant assigned = at(3, 3, 1);
        a.assigned(assigned);
        a.verified(assigned, at(3, 20, 8), Substantiation.YES, ReportedSatisfaction.SATISFIED, 0);
        a.callback(1, CallbackResult.SATISFIED, at(3, 22, 3));
    }

    private void reopenedAndClosedLate() {
        Case b = new Case("b", TOWNSHIP_B, List.of(Category.DRINKING_WATER), Department.WATER, at(3, 5, 2));
        b.received(CallType.COMPLAINT);
        Instant assigned = at(3, 5, 3);
        b.assigned(assigned);
        b.verified(assigned, at(4, 5, 9), Substantiation.PARTLY, ReportedSatisfaction.BASICALLY_SATISFIED, 0);
        b.callback(1, CallbackResult.UNSATISFIED, at(4, 7, 6));
        b.verified(assigned, at(4, 15, 9), Substantiation.PARTLY, ReportedSatisfaction.SATISFIED, 1);
        b.callback(2, CallbackResult.SATISFIED, at(4, 17, 6));
    }

    private void overdueWithoutAReport() {
        Case c = new Case("c", TOWNSHIP_A, List.of(Category.EDUCATION), Department.EDUCATION, at(3, 10, 1));
        c.received(CallType.APPEAL);
        Instant assigned = at(3, 10, 2);
        c.assigned(assigned);
        c.overdue(assigned, OverdueStage.DUE_SOON, at(3, 30, 0));
        c.overdue(assigned, OverdueStage.OVERDUE, at(4, 5, 0));
    }

    private void consultation() {
        new Case("d", TOWNSHIP_B, List.of(Category.ELIGIBILITY), Department.POVERTY_ALLEVIATION, at(3, 12, 4))
                .received(CallType.CONSULTATION);
    }

    private void households() {
        String first = "hh-fault-" + year + "-1";
        publish(new HouseholdRiskChanged(first, RiskChange.RISK_IDENTIFIED, TOWNSHIP_A, COUNTY, RiskLevel.NONE,
                RiskLevel.HIGH, 72, List.of(RiskFactor.ILLNESS), null,
                new HouseholdRiskChanged.Trigger("case-verified", null), at(3, 21, 5), at(3, 20, 8)), first);
        publish(new HouseholdRiskChanged(first, RiskChange.RISK_CLEARED, TOWNSHIP_A, COUNTY, RiskLevel.HIGH,
                RiskLevel.NONE, 10, List.of(), null, new HouseholdRiskChanged.Trigger("risk-elimination", null),
                at(4, 20, 5)), first);
        String second = "hh-fault-" + year + "-2";
        publish(new HouseholdRiskChanged(second, RiskChange.RISK_IDENTIFIED, TOWNSHIP_B, COUNTY, RiskLevel.NONE,
                RiskLevel.MEDIUM, 55, List.of(RiskFactor.ILLNESS), null,
                new HouseholdRiskChanged.Trigger("case-verified", null), at(4, 6, 5), at(4, 5, 9)), second);
    }

    private Instant at(int month, int day, int hourUtc) {
        return LocalDate.of(year, month, day).atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
    }

    private void publish(Record payload, String key) {
        EventContract<?> contract = EventContracts.forEvent(payload);
        Instant time = timeOf(payload);
        events.add(new Published(contract.topic(), key, new CloudEventAttributes(UUID.randomUUID().toString(),
                contract.ceType(), SOURCE, time, key), payload));
    }

    private static Instant timeOf(Record payload) {
        if (payload instanceof CaseReceived e) {
            return e.receivedAt();
        } else if (payload instanceof CaseAssigned e) {
            return e.assignedAt();
        } else if (payload instanceof CaseVerified e) {
            return e.verifiedAt();
        } else if (payload instanceof CallbackCompleted e) {
            return e.completedAt();
        } else if (payload instanceof CaseOverdue e) {
            return e.detectedAt();
        }
        return ((HouseholdRiskChanged) payload).changedAt();
    }

    /** One call and the case it became. */
    private final class Case {

        final String callId;
        final String caseId;
        final String tracking;
        final String township;
        final List<Category> categories;
        final Department lead;
        final Instant receivedAt;

        Case(String name, String township, List<Category> categories, Department lead, Instant receivedAt) {
            this.callId = "call-fault-" + year + "-" + name;
            this.caseId = "case-fault-" + year + "-" + name;
            this.tracking = "HY" + COUNTY + "-" + receivedAt.toString().substring(0, 10).replace("-", "") + "-00000"
                    + (name.charAt(0) - 'a' + 1);
            this.township = township;
            this.categories = categories;
            this.lead = lead;
            this.receivedAt = receivedAt;
        }

        void received(CallType type) {
            publish(new CaseReceived(callId, tracking, receivedAt, Channel.PHONE, type, Disposition.of(type),
                    categories, CaseReceived.Classification.byCaller(), township, township, COUNTY, CITY, "52",
                    "caller-ref-fault-" + callId, null, false, null, "内容"), callId);
        }

        void assigned(Instant at) {
            publish(new CaseAssigned(caseId, callId, tracking, COUNTY, lead, List.of(), deadline(at), null, at, false),
                    caseId);
        }

        void verified(Instant assignedAt, Instant at, Substantiation substantiated, ReportedSatisfaction satisfaction,
                int reopenCount) {
            Instant deadline = deadline(assignedAt);
            publish(new CaseVerified(caseId, callId, tracking, township, COUNTY, categories, lead, List.of(),
                    substantiated, List.of(Nature.FUNDS_DELAYED), "已核实", Resolution.RESOLVED, satisfaction, false,
                    null, "caller-ref-fault-" + callId, assignedAt, deadline, at,
                    reopenCount == 0 && at.isAfter(deadline), reopenCount), caseId);
        }

        void callback(int attempt, CallbackResult result, Instant at) {
            boolean satisfied = result != CallbackResult.UNSATISFIED;
            publish(new CallbackCompleted(caseId, callId, tracking, township, COUNTY, categories, result, null,
                    attempt, satisfied, !satisfied, at, "caller-ref-fault-" + callId), caseId);
        }

        void overdue(Instant assignedAt, OverdueStage stage, Instant at) {
            publish(new CaseOverdue(caseId, tracking, COUNTY, stage, deadline(assignedAt), at, callId), caseId);
        }

        private Instant deadline(Instant assignedAt) {
            return assignedAt.plus(Duration.ofDays(25));
        }
    }
}
