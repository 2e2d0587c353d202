package cn.huiyin.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Events as the services would publish them, from 威宁自治县 (520526) in 毕节市 (5205), 贵州 (52).
 * Each contract has one example with every optional field set and, where it has optional fields,
 * one with them left null.
 */
final class Events {

    static final String WEINING = "520526";
    static final String CAOHAI_TOWNSHIP = "520526100";
    static final String CAOHAI_VILLAGE = "520526100201";
    static final String CALLER_REF = "k1_3f9a0c4e2b7d8a61c5e0f4b9a2d7c3e8";
    static final Instant RECEIVED_AT = Instant.parse("2020-03-05T01:30:00Z");
    static final Instant ASSIGNED_AT = RECEIVED_AT.plus(2, ChronoUnit.HOURS);
    static final Instant DEADLINE = ASSIGNED_AT.plus(25, ChronoUnit.DAYS);

    private Events() {
    }

    static CaseReceived aCaseReceivedFromWeining() {
        return new CaseReceived("call-0001", "FP20200305000123", RECEIVED_AT, Channel.PHONE, CallType.APPEAL,
                Disposition.TRANSFER, List.of(Category.HOUSING_SECURITY, Category.RELOCATION),
                new CaseReceived.Classification(ClassifiedBy.RULES, 0.82, false),
                CAOHAI_VILLAGE, CAOHAI_TOWNSHIP, WEINING, "5205", "52", CALLER_REF, "138****0000", true,
                "call-0000", "危房改造补助资金至今未到位，请帮忙核实。");
    }

    /** A letter about a whole county: no township, no phone, not a repeat. */
    static CaseReceived aConsultationByLetter() {
        return new CaseReceived("call-0002", "FP20200305000124", RECEIVED_AT.plusSeconds(60), Channel.LETTER,
                CallType.CONSULTATION, Disposition.ANSWERED, List.of(Category.EDUCATION),
                CaseReceived.Classification.byCaller(), WEINING, null, WEINING, "5205", "52", CALLER_REF, null, false,
                null, "询问雨露计划补助申请条件。");
    }

    static CaseAssigned aCaseAssignedToWeining() {
        return new CaseAssigned("case-0001", "call-0001", "FP20200305000123", WEINING,
                Department.HOUSING_CONSTRUCTION, List.of(Department.ECOLOGICAL_MIGRATION), DEADLINE, "副县长",
                ASSIGNED_AT, false);
    }

    static CaseAssigned aCaseReassignedWithoutALeadOfficial() {
        return new CaseAssigned("case-0001", "call-0001", "FP20200305000123", WEINING,
                Department.ECOLOGICAL_MIGRATION, List.of(), DEADLINE, null, ASSIGNED_AT.plusSeconds(3600), true);
    }

    static CaseVerified aCaseVerifiedInWeining() {
        return new CaseVerified("case-0001", "call-0001", "FP20200305000123", CAOHAI_VILLAGE, WEINING,
                List.of(Category.HOUSING_SECURITY, Category.RELOCATION), Department.HOUSING_CONSTRUCTION,
                List.of(Department.ECOLOGICAL_MIGRATION), Substantiation.PARTLY,
                List.of(Nature.FUNDS_DELAYED, Nature.WORK_ERROR), "补助资金已于3月20日兑现到户。", Resolution.RESOLVED,
                ReportedSatisfaction.SATISFIED, true, "hh-0042", CALLER_REF, ASSIGNED_AT, DEADLINE,
                DEADLINE.plus(1, ChronoUnit.DAYS), true, 1, 1);
    }

    static CaseVerified aCaseVerifiedWithoutAHousehold() {
        return new CaseVerified("case-0003", "call-0003", "FP20200306000001", WEINING, WEINING,
                List.of(Category.ELIGIBILITY), Department.POVERTY_ALLEVIATION, List.of(), Substantiation.NO,
                List.of(Nature.POLICY_INELIGIBLE), "经核查不符合建档立卡条件，已解释。", Resolution.EXPLAINED,
                ReportedSatisfaction.BASICALLY_SATISFIED, false, null, CALLER_REF, ASSIGNED_AT, DEADLINE,
                ASSIGNED_AT.plus(10, ChronoUnit.DAYS), false, 0);
    }

    static CallbackCompleted anUnreachableCallback() {
        return new CallbackCompleted("case-0001", "call-0001", "FP20200305000123", CAOHAI_VILLAGE, WEINING,
                List.of(Category.HOUSING_SECURITY), CallbackResult.UNREACHABLE, UnreachableReason.POWERED_OFF, 2,
                false, false, DEADLINE.plus(3, ChronoUnit.DAYS), CALLER_REF);
    }

    static CallbackCompleted aSatisfiedCallback() {
        return new CallbackCompleted("case-0001", "call-0001", "FP20200305000123", CAOHAI_VILLAGE, WEINING,
                List.of(Category.HOUSING_SECURITY), CallbackResult.SATISFIED, null, 3, true, false,
                DEADLINE.plus(4, ChronoUnit.DAYS), CALLER_REF);
    }

    static CaseAccepted aCaseAcceptedInWeining() {
        return new CaseAccepted("case-0001", "call-0001", "FP20200305000123", WEINING, RECEIVED_AT.plusSeconds(600),
                RECEIVED_AT.plusSeconds(3_600 * 5));
    }

    static CaseOverdue aCaseOverdueInWeining() {
        return new CaseOverdue("case-0001", "FP20200305000123", WEINING, OverdueStage.OVERDUE, DEADLINE,
                DEADLINE.plusSeconds(60), "call-0001");
    }

    static HouseholdRiskChanged aHouseholdRiskIdentifiedInWeining() {
        return new HouseholdRiskChanged("hh-0042", RiskChange.RISK_IDENTIFIED, CAOHAI_VILLAGE, WEINING, null,
                RiskLevel.HIGH, 78, List.of(RiskFactor.ILLNESS, RiskFactor.UNSAFE_HOUSING), null,
                new HouseholdRiskChanged.Trigger("case-verified", "case-0001"), DEADLINE.plusSeconds(120),
                DEADLINE.minus(3, ChronoUnit.DAYS));
    }

    static HouseholdRiskChanged aHouseholdRiskLoweredInWeining() {
        return new HouseholdRiskChanged("hh-0042", RiskChange.LEVEL_CHANGED, CAOHAI_TOWNSHIP, WEINING,
                RiskLevel.HIGH, RiskLevel.MEDIUM, 55, List.of(RiskFactor.ILLNESS),
                MonitoringType.SUDDEN_HARDSHIP, new HouseholdRiskChanged.Trigger("visit", null),
                DEADLINE.plus(30, ChronoUnit.DAYS), DEADLINE.minus(3, ChronoUnit.DAYS));
    }

    static HouseholdMonitoringChanged aHouseholdIdentifiedInWeining() {
        Instant decided = DEADLINE.plus(2, ChronoUnit.DAYS);
        return new HouseholdMonitoringChanged("hh-0042", MonitoringChange.IDENTIFIED, CAOHAI_VILLAGE, WEINING,
                RiskLevel.HIGH, RiskLevel.HIGH, 78, List.of(RiskFactor.ILLNESS, RiskFactor.UNSAFE_HOUSING),
                MonitoringType.SUDDEN_HARDSHIP, List.of(RiskFactor.ILLNESS),
                new HouseholdRiskChanged.Trigger("identification", "decision-0007"), decided, decided,
                DEADLINE.minus(3, ChronoUnit.DAYS));
    }

    static HouseholdMonitoringChanged aHouseholdsRiskEliminatedInWeining() {
        return new HouseholdMonitoringChanged("hh-0042", MonitoringChange.ELIMINATED, CAOHAI_VILLAGE, WEINING,
                RiskLevel.LOW, RiskLevel.LOW, 20, List.of(), MonitoringType.SUDDEN_HARDSHIP,
                List.of(RiskFactor.ILLNESS), new HouseholdRiskChanged.Trigger("elimination", null),
                DEADLINE.plus(200, ChronoUnit.DAYS), DEADLINE.plus(2, ChronoUnit.DAYS),
                DEADLINE.minus(3, ChronoUnit.DAYS));
    }

    /** 12 calls about housing in 草海镇 within a week, against about one a week before. */
    static HotspotDetected aHousingHotspotInCaohai() {
        return new HotspotDetected("520526100:HOUSING_SECURITY:2020-03-01", CAOHAI_TOWNSHIP, WEINING,
                Category.HOUSING_SECURITY, Instant.parse("2020-02-29T16:00:00Z"), Instant.parse("2020-03-07T16:00:00Z"),
                12, 1.125, 2.9e-8, 8, RECEIVED_AT);
    }

    /** 周建琨's instruction on 毕节市扶贫专线快报 2020 第5期, to 七星关区 and housing, six days past its deadline. */
    static InstructionOverdue anInstructionOverdueOnABulletin() {
        return new InstructionOverdue("ins-0001", "5205", "5205-2020-05", null, List.of("520502"),
                List.of(Department.HOUSING_CONSTRUCTION), LocalDate.of(2020, 7, 6), 6, RECEIVED_AT);
    }

    /** An instruction on a case, to 威宁自治县 only. */
    static InstructionOverdue anInstructionOverdueOnACase() {
        return new InstructionOverdue("ins-0002", WEINING, null, "case-0001", List.of(WEINING), List.of(),
                LocalDate.of(2020, 7, 6), 1, RECEIVED_AT);
    }

    static List<Record> all() {
        return List.of(aCaseReceivedFromWeining(), aConsultationByLetter(), aCaseAssignedToWeining(),
                aCaseReassignedWithoutALeadOfficial(), aCaseVerifiedInWeining(), aCaseVerifiedWithoutAHousehold(),
                anUnreachableCallback(), aSatisfiedCallback(), aCaseAcceptedInWeining(), aCaseOverdueInWeining(),
                aHouseholdRiskIdentifiedInWeining(), aHouseholdRiskLoweredInWeining(), aHouseholdIdentifiedInWeining(),
                aHouseholdsRiskEliminatedInWeining(), aHousingHotspotInCaohai(),
                anInstructionOverdueOnABulletin(), anInstructionOverdueOnACase());
    }

    /** For parameterized tests: every example, named by its type. */
    static Stream<Named<Record>> examples() {
        return all().stream().map(event -> Named.of(event.getClass().getSimpleName(), event));
    }

    @SuppressWarnings("unchecked")
    static <T extends Record> T exampleOf(EventContract<T> contract) {
        return (T) all().stream()
                .filter(contract.payloadType()::isInstance)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no example of " + contract.payloadType().getSimpleName()));
    }

    /** For parameterized tests: every contract, named by its topic. */
    static Stream<Named<EventContract<?>>> contracts() {
        return EventContracts.ALL.stream().map(contract -> Named.of(contract.topic(), contract));
    }
}
