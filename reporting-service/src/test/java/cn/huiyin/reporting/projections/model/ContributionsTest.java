package cn.huiyin.reporting.projections.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.RiskFactor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContributionsTest {

    private static final Duration LIMIT = Duration.ofDays(15);
    private static final Duration ACCEPTANCE = Duration.ofHours(24);
    private static final LocalDate FEB_1 = LocalDate.of(2021, 2, 1);

    @Test
    void countsTheCallOnItsDayAndTheCaseOnTheDayItWasTransferred() {
        CallFact fact = CallFact.empty(Cases.CALL).with(Cases.received())
                .with(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED));

        List<Entry> entries = Contributions.of(fact, ACCEPTANCE);

        assertThat(entries).extracting(Entry::key).containsExactly("call:call-1", "case:call-1");
        assertThat(entries.get(0).bucket()).isEqualTo(new BucketKey(Cases.WEINING, LocalDate.of(2019, 12, 30)));
        assertThat(entries.get(1).bucket()).isEqualTo(new BucketKey(Cases.WEINING, LocalDate.of(2020, 1, 2)));
        assertThat(entries.get(1).counts()).containsEntry("town:" + Cases.TOWNSHIP, 1L)
                .containsEntry("cat:HOUSING_SECURITY", 1L).containsEntry("dept:AGRICULTURE", 1L)
                .doesNotContainKey(Counters.VERIFIED);
    }

    @Test
    void fundsNotDisbursedCountUnderEveryCategoryOfTheCase() {
        CallFact fact = CallFact.empty(Cases.CALL).with(Cases.received())
                .with(Cases.verified(Cases.TRANSFERRED.plus(Duration.ofDays(10)), ReportedSatisfaction.SATISFIED));

        Entry caseEntry = Contributions.of(fact, ACCEPTANCE).get(1);

        assertThat(caseEntry.counts()).containsEntry("fundsDelayed:HOUSING_SECURITY", 1L)
                .containsEntry("fundsDelayed:INDUSTRY", 1L).containsEntry("reported:SATISFIED", 1L)
                .containsEntry(Counters.SECONDS_TO_VERIFY, Duration.ofDays(10).toSeconds())
                .doesNotContainKey(Counters.LATE);
    }

    @Test
    void aCaseReassignedToAnotherCountyMovesThereWithoutTheCallersTownship() {
        CallFact fact = CallFact.empty(Cases.CALL).with(Cases.received())
                .with(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED))
                .with(Cases.assigned(Cases.HEZHANG, Cases.TRANSFERRED.plus(Duration.ofDays(1))));

        Entry caseEntry = Contributions.of(fact, ACCEPTANCE).get(1);

        assertThat(caseEntry.bucket().countyCode()).isEqualTo(Cases.HEZHANG);
        assertThat(caseEntry.counts().keySet()).noneMatch(key -> key.startsWith(Counters.TOWNSHIP));
    }

    @Test
    void cityReturnsAreCountedApartFromCallbackReopenings() {
        CallFact returnedByTheCity = verifiedCase().with(Cases.verified(day(15), ReportedSatisfaction.SATISFIED, 1, 1));
        CallFact reopenedByACallback = verifiedCase()
                .with(Cases.callback(1, CallbackResult.UNSATISFIED, day(12), false))
                .with(Cases.verified(day(15), ReportedSatisfaction.SATISFIED, 1, 0));

        assertThat(caseCounts(returnedByTheCity)).containsEntry("returnedByCity", 1L)
                .doesNotContainKey(Counters.REOPENED);
        assertThat(caseCounts(reopenedByACallback)).containsEntry(Counters.REOPENED, 1L)
                .doesNotContainKey("returnedByCity");
    }

    @Test
    void aCaseReturnedByTheCityAndReopenedByACallbackCountsInBoth() {
        CallFact both = verifiedCase()
                .with(Cases.callback(1, CallbackResult.UNSATISFIED, day(20), false))
                .with(Cases.verified(day(25), ReportedSatisfaction.SATISFIED, 2, 1));

        assertThat(caseCounts(both)).containsEntry("returnedByCity", 1L).containsEntry(Counters.REOPENED, 1L);
    }

    @Test
    void aReopeningWithoutAnUnsatisfiedCallbackWasACityReturnInTheEventsOfOlderProducers() {
        CallFact returned = CallFact.empty(Cases.CALL).with(Cases.received())
                .with(Cases.verified(day(10), ReportedSatisfaction.SATISFIED, 0, null))
                .with(Cases.verified(day(15), ReportedSatisfaction.SATISFIED, 1, null));
        CallFact reopened = returned.with(Cases.callback(1, CallbackResult.UNSATISFIED, day(12), false));

        assertThat(caseCounts(returned)).containsEntry("returnedByCity", 1L).doesNotContainKey(Counters.REOPENED);
        assertThat(caseCounts(reopened)).containsEntry(Counters.REOPENED, 1L).doesNotContainKey("returnedByCity");
    }

    @Test
    void aCaseAwaitingItsSecondCallbackTryCountsAsPending() {
        CallFact waiting = verifiedCase().with(Cases.callback(1, CallbackResult.UNREACHABLE, day(11), false));

        assertThat(caseCounts(waiting)).containsEntry("callbackRetryPending", 1L)
                .doesNotContainKey("callback:UNREACHABLE");
    }

    @Test
    void aCitizenUnreachableAtTheLastAllowedTryCountsAsUnreachable() {
        CallFact givenUp = verifiedCase()
                .with(Cases.callback(1, CallbackResult.UNREACHABLE, day(11), false))
                .with(Cases.callback(2, CallbackResult.UNREACHABLE, day(12), false))
                .with(Cases.callback(3, CallbackResult.UNREACHABLE, day(13), true));

        assertThat(caseCounts(givenUp)).containsEntry("callback:UNREACHABLE", 1L)
                .doesNotContainKey("callbackRetryPending");
    }

    @Test
    void aCitizenReachedAtTheSecondTryCountsByWhatTheySaid() {
        CallFact reached = verifiedCase()
                .with(Cases.callback(1, CallbackResult.UNREACHABLE, day(11), false))
                .with(Cases.callback(2, CallbackResult.SATISFIED, day(12), true));

        assertThat(caseCounts(reached)).containsEntry("callback:SATISFIED", 1L)
                .doesNotContainKeys("callback:UNREACHABLE", "callbackRetryPending");
    }

    @Test
    void aCaseAcceptedWithinTheLimitByItsCountyHasResponded() {
        CallFact assigned = CallFact.empty(Cases.CALL).with(Cases.received())
                .with(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED));

        assertThat(caseCounts(assigned)).doesNotContainKey(Counters.RESPONDED);
        assertThat(caseCounts(assigned.with(Cases.accepted(Cases.WEINING, Cases.TRANSFERRED,
                Cases.TRANSFERRED.plus(Duration.ofHours(24)))))).containsEntry(Counters.RESPONDED, 1L);
        assertThat(caseCounts(assigned.with(Cases.accepted(Cases.WEINING, Cases.TRANSFERRED,
                Cases.TRANSFERRED.plus(Duration.ofHours(25)))))).doesNotContainKey(Counters.RESPONDED);
    }

    @Test
    void aCaseReassignedElsewhereHasNotRespondedUntilItsNewCountyAccepts() {
        Instant reassigned = Cases.TRANSFERRED.plus(Duration.ofDays(1));
        CallFact moved = CallFact.empty(Cases.CALL).with(Cases.received())
                .with(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED))
                .with(Cases.accepted(Cases.WEINING, Cases.TRANSFERRED, Cases.TRANSFERRED.plus(Duration.ofHours(2))))
                .with(Cases.assigned(Cases.HEZHANG, reassigned));

        assertThat(caseCounts(moved)).doesNotContainKey(Counters.RESPONDED);
        assertThat(caseCounts(moved.with(Cases.accepted(Cases.HEZHANG, reassigned, reassigned.plusSeconds(600)))))
                .containsEntry(Counters.RESPONDED, 1L);
    }

    @Test
    void aReachedCitizenWhoseCaseWasReportedResolvedCountsAsResolvedAndNaturesCountWithinTheirCategory() {
        CallFact verified = verifiedCase();
        assertThat(caseCounts(verified)).doesNotContainKey(Counters.RESOLVED_REACHED)
                .containsEntry("catNature:HOUSING_SECURITY:FUNDS_DELAYED", 1L)
                .containsEntry("catNature:INDUSTRY:FUNDS_DELAYED", 1L);

        assertThat(caseCounts(verified.with(Cases.callback(1, CallbackResult.UNSATISFIED, day(12), false))))
                .containsEntry(Counters.RESOLVED_REACHED, 1L);
        assertThat(caseCounts(verified.with(Cases.callback(1, CallbackResult.UNREACHABLE, day(12), false))))
                .doesNotContainKey(Counters.RESOLVED_REACHED);
    }

    @Test
    void anAnsweredCallIsNoCase() {
        CallFact fact = CallFact.empty(Cases.CALL).with(new cn.huiyin.events.CaseReceived(Cases.CALL, "HY-1",
                Cases.RECEIVED, cn.huiyin.events.Channel.WECHAT, cn.huiyin.events.CallType.CONSULTATION,
                cn.huiyin.events.Disposition.ANSWERED, Cases.CATEGORIES,
                cn.huiyin.events.CaseReceived.Classification.byCaller(), Cases.WEINING, null, Cases.WEINING, "5205",
                "52", "caller-ref-0000000002", null, false, "call-0", "咨询低保政策"));

        assertThat(Contributions.of(fact, ACCEPTANCE)).singleElement().satisfies(entry -> assertThat(entry.counts())
                .containsEntry(Counters.CALLS, 1L).containsEntry("type:CONSULTATION", 1L)
                .containsEntry(Counters.REPEATS, 1L));
    }

    @Test
    void anIdentificationCountsOnItsDayWithTheReasonsItWasTakenInFor() {
        Entry entry = Contributions.of("e-1", Households.identified("hh-1", FEB_1, 5, RiskFactor.ILLNESS,
                RiskFactor.SCHOOLING), LIMIT);

        assertThat(entry.bucket()).isEqualTo(new BucketKey(Cases.WEINING, FEB_1));
        assertThat(entry.counts()).containsOnly(Map.entry(Counters.IDENTIFIED, 1L),
                Map.entry(Counters.RISK_FACTOR + "ILLNESS", 1L), Map.entry(Counters.RISK_FACTOR + "SCHOOLING", 1L));
    }

    @Test
    void anIdentificationMoreThanTheLimitAfterTheFirstSignalIsLate() {
        assertThat(Contributions.of("e-1", Households.identified("hh-1", FEB_1, 16, RiskFactor.ILLNESS), LIMIT)
                .counts()).containsEntry(Counters.IDENTIFIED_LATE, 1L);
        assertThat(Contributions.of("e-2", Households.identified("hh-2", FEB_1, 15, RiskFactor.ILLNESS), LIMIT)
                .counts()).doesNotContainKey(Counters.IDENTIFIED_LATE);
    }

    @Test
    void aReidentificationCountsAmongTheIdentifiedAndApart() {
        assertThat(Contributions.of("e-1", Households.reidentified("hh-1", FEB_1, 20, RiskFactor.INCOME_DROP), LIMIT)
                .counts()).containsOnly(Map.entry(Counters.IDENTIFIED, 1L), Map.entry(Counters.REIDENTIFIED, 1L),
                        Map.entry(Counters.RISK_FACTOR + "INCOME_DROP", 1L), Map.entry(Counters.IDENTIFIED_LATE, 1L));
    }

    @Test
    void anEliminationCountsAsClearedAndALevelChangeCountsNothing() {
        assertThat(Contributions.of("e-1", Households.eliminated("hh-1", FEB_1, FEB_1.minusDays(30),
                RiskFactor.ILLNESS), LIMIT).counts()).containsOnly(Map.entry(Counters.CLEARED, 1L));
        assertThat(Contributions.of("e-2", Households.levelLowered("hh-1", FEB_1, FEB_1.minusDays(30),
                RiskFactor.ILLNESS), LIMIT).counts()).isEmpty();
    }

    @Test
    void aV1IdentificationOfTheHistoryStillCountsByItsFactors() {
        assertThat(Contributions.of("e-1", Households.identifiedInV1("hh-1", FEB_1, 20, RiskFactor.DISABILITY), LIMIT)
                .counts()).containsOnly(Map.entry(Counters.IDENTIFIED, 1L),
                        Map.entry(Counters.RISK_FACTOR + "DISABILITY", 1L), Map.entry(Counters.IDENTIFIED_LATE, 1L));
    }

    /** Transferred, and reported on ten days later. */
    private static CallFact verifiedCase() {
        return CallFact.empty(Cases.CALL).with(Cases.received()).with(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED))
                .with(Cases.verified(day(10), ReportedSatisfaction.SATISFIED));
    }

    /** {@code n} days after the transfer. */
    private static Instant day(int n) {
        return Cases.TRANSFERRED.plus(Duration.ofDays(n));
    }

    private static Map<String, Long> caseCounts(CallFact fact) {
        return Contributions.of(fact, ACCEPTANCE).get(1).counts();
    }
}
