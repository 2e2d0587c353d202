package cn.huiyin.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRecordsTest {

    private final CaseReceived call = Events.aCaseReceivedFromWeining();

    @Test
    void aNullListBecomesAnEmptyList() {
        CaseAssigned assigned = new CaseAssigned("case-1", "call-1", "FP1", "520526", Department.WATER, null,
                Events.DEADLINE, null, Events.ASSIGNED_AT, false);

        assertThat(assigned.coDepartments()).isEmpty();
    }

    @Test
    void listsAreCopiedSoTheEventCannotChangeAfterwards() {
        List<RiskFactor> factors = new ArrayList<>(List.of(RiskFactor.ILLNESS));
        HouseholdRiskChanged changed = new HouseholdRiskChanged("hh-1", RiskChange.RISK_IDENTIFIED, "520526100",
                "520526", null, RiskLevel.LOW, 30, factors, null, new HouseholdRiskChanged.Trigger("self-report", null),
                Events.RECEIVED_AT);

        factors.add(RiskFactor.DISASTER);

        assertThat(changed.factors()).containsExactly(RiskFactor.ILLNESS);
        assertThatThrownBy(() -> changed.factors().add(RiskFactor.SCHOOLING))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingRequiredFieldIsRejectedNamingTheField() {
        assertThatNullPointerException().isThrownBy(() -> new CaseReceived(call.callId(), call.trackingNumber(), null,
                        call.channel(), call.type(), call.disposition(), call.categories(), call.classification(),
                        call.regionCode(), call.townshipCode(), call.countyCode(), call.cityCode(),
                        call.provinceCode(), call.callerRef(), call.maskedPhone(), call.urgent(), call.repeatOf(),
                        call.content()))
                .withMessage("receivedAt");
    }

    @Test
    void aFullPhoneNumberNeverGetsIntoAnEvent() {
        assertThatIllegalArgumentException().isThrownBy(() -> withPhone("13812340000"))
                .withMessageContaining("maskedPhone");
        assertThat(withPhone("0857****5678").maskedPhone()).isEqualTo("0857****5678");
    }

    @Test
    void aCallMustNameACountyOrLower() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseOverdue("case-1", "FP1", "5205",
                OverdueStage.DUE_SOON, Events.DEADLINE, Events.RECEIVED_AT)).withMessageContaining("countyCode");
    }

    @Test
    void aRepeatedCategoryIsRejectedBecauseReportsWouldCountItTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CallbackCompleted("case-1", "call-1", "FP1",
                        "520526", "520526", List.of(Category.FINANCE, Category.FINANCE), CallbackResult.SATISFIED,
                        null, 1, true, false, Events.RECEIVED_AT, Events.CALLER_REF))
                .withMessageContaining("categories");
    }

    @Test
    void theLeadDepartmentIsNotAlsoACoDepartment() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseAssigned("case-1", "call-1", "FP1", "520526",
                        Department.WATER, List.of(Department.WATER), Events.DEADLINE, null, Events.ASSIGNED_AT, false))
                .withMessageContaining("leadDepartment");
    }

    @Test
    void aCallbackThatReachedTheCitizenHasNoUnreachableReasonAndStartsAtAttemptOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CallbackCompleted("case-1", "call-1", "FP1",
                        "520526", "520526", List.of(), CallbackResult.SATISFIED, UnreachableReason.NO_ANSWER, 1, true,
                        false, Events.RECEIVED_AT, Events.CALLER_REF))
                .withMessageContaining("unreachableReason");
        assertThatIllegalArgumentException().isThrownBy(() -> new CallbackCompleted("case-1", "call-1", "FP1",
                        "520526", "520526", List.of(), CallbackResult.UNSATISFIED, null, 0, false, true,
                        Events.RECEIVED_AT, Events.CALLER_REF))
                .withMessageContaining("attempt");
    }

    @Test
    void theCityReturnsOfAReportAreSomeOfItsReopenings() {
        CaseVerified v = Events.aCaseVerifiedInWeining();

        assertThatIllegalArgumentException().isThrownBy(() -> new CaseVerified(v.caseId(), v.callId(),
                        v.trackingNumber(), v.regionCode(), v.countyCode(), v.categories(), v.leadDepartment(),
                        v.coDepartments(), v.substantiated(), v.natures(), v.findings(), v.resolution(),
                        v.reportedSatisfaction(), v.householdAtRisk(), v.householdId(), v.callerRef(), v.assignedAt(),
                        v.deadline(), v.verifiedAt(), v.late(), 1, 2))
                .withMessageContaining("returnCount");
    }

    @Test
    void aRiskChangeAgreesWithItsLevels() {
        HouseholdRiskChanged.Trigger trigger = new HouseholdRiskChanged.Trigger("elimination", "plan-1");

        assertThatIllegalArgumentException().isThrownBy(() -> new HouseholdRiskChanged("hh-1", RiskChange.RISK_CLEARED,
                "520526100", "520526", RiskLevel.LOW, RiskLevel.LOW, 10, List.of(), null, trigger, Events.RECEIVED_AT))
                .withMessageContaining("RISK_CLEARED");
        assertThatIllegalArgumentException().isThrownBy(() -> new HouseholdRiskChanged("hh-1", RiskChange.LEVEL_CHANGED,
                "520526100", "520526", null, RiskLevel.LOW, 10, List.of(), null, trigger, Events.RECEIVED_AT))
                .withMessageContaining("previousLevel");
        assertThatIllegalArgumentException().isThrownBy(() -> new HouseholdRiskChanged("hh-1", RiskChange.LEVEL_CHANGED,
                "520526100", "520526", RiskLevel.LOW, RiskLevel.LOW, 101, List.of(), null, trigger, Events.RECEIVED_AT))
                .withMessageContaining("score");
    }

    @Test
    void anIdentificationNamesItsTypeAndReasonsAndAnEliminationWhenItBegan() {
        HouseholdRiskChanged.Trigger trigger = new HouseholdRiskChanged.Trigger("identification", "d-1");
        java.time.Instant at = Events.RECEIVED_AT;

        assertThatIllegalArgumentException().isThrownBy(() -> new HouseholdMonitoringChanged("hh-1",
                MonitoringChange.IDENTIFIED, "520526100", "520526", RiskLevel.NONE, RiskLevel.LOW, 25,
                List.of(RiskFactor.ILLNESS), MonitoringType.EDGE_OF_POVERTY, List.of(), trigger, at, at, null))
                .withMessageContaining("reasons");
        assertThatIllegalArgumentException().isThrownBy(() -> new HouseholdMonitoringChanged("hh-1",
                MonitoringChange.REIDENTIFIED, "520526100", "520526", RiskLevel.NONE, RiskLevel.LOW, 25,
                List.of(RiskFactor.ILLNESS), null, List.of(RiskFactor.ILLNESS), trigger, at, at, null))
                .withMessageContaining("monitoring type");
        assertThatIllegalArgumentException().isThrownBy(() -> new HouseholdMonitoringChanged("hh-1",
                MonitoringChange.ELIMINATED, "520526100", "520526", RiskLevel.LOW, RiskLevel.LOW, 10, List.of(),
                MonitoringType.EDGE_OF_POVERTY, List.of(RiskFactor.ILLNESS), trigger, at, null, null))
                .withMessageContaining("identifiedAt");
        assertThat(new HouseholdMonitoringChanged("hh-1", MonitoringChange.IDENTIFIED, "520526100", "520526",
                RiskLevel.NONE, RiskLevel.LOW, 25, List.of(RiskFactor.ILLNESS), MonitoringType.EDGE_OF_POVERTY,
                List.of(RiskFactor.ILLNESS), trigger, at, at, at.minusSeconds(60)).change().identifies()).isTrue();
    }

    @Test
    void aClassificationConfidenceIsAProbability() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CaseReceived.Classification(ClassifiedBy.RULES, 1.2, true))
                .withMessageContaining("confidence");
    }

    private CaseReceived withPhone(String phone) {
        return new CaseReceived(call.callId(), call.trackingNumber(), call.receivedAt(), call.channel(), call.type(),
                call.disposition(), call.categories(), call.classification(), call.regionCode(), call.townshipCode(),
                call.countyCode(), call.cityCode(), call.provinceCode(), call.callerRef(), phone, call.urgent(),
                call.repeatOf(), call.content());
    }

    @Test
    void aHotspotIsOfATownshipOrVillageWithCallersAmongItsCalls() {
        HotspotDetected hotspot = Events.aHousingHotspotInCaohai();
        assertThatIllegalArgumentException().isThrownBy(() -> new HotspotDetected(hotspot.hotspotId(), "52052610",
                hotspot.countyCode(), hotspot.category(), hotspot.windowStart(), hotspot.windowEnd(), hotspot.observed(),
                hotspot.baseline(), hotspot.probability(), hotspot.distinctCallers(), hotspot.detectedAt()))
                .withMessageContaining("regionCode");
        // 黄泥乡 of 百里杜鹃管理区 (520572) keeps 大方县's code: a functional area's township is no bad event
        assertThat(new HotspotDetected(hotspot.hotspotId(), "520521219", "520572", hotspot.category(),
                hotspot.windowStart(), hotspot.windowEnd(), hotspot.observed(), hotspot.baseline(),
                hotspot.probability(), hotspot.distinctCallers(), hotspot.detectedAt()).countyCode()).isEqualTo("520572");
        assertThatIllegalArgumentException().isThrownBy(() -> new HotspotDetected(hotspot.hotspotId(),
                hotspot.regionCode(), hotspot.countyCode(), hotspot.category(), hotspot.windowStart(),
                hotspot.windowEnd(), 3, hotspot.baseline(), hotspot.probability(), 4, hotspot.detectedAt()))
                .withMessageContaining("distinctCallers");
        assertThatIllegalArgumentException().isThrownBy(() -> new HotspotDetected(hotspot.hotspotId(),
                hotspot.regionCode(), hotspot.countyCode(), hotspot.category(), hotspot.windowEnd(),
                hotspot.windowStart(), hotspot.observed(), hotspot.baseline(), hotspot.probability(),
                hotspot.distinctCallers(), hotspot.detectedAt())).withMessageContaining("windowStart");
    }
}
