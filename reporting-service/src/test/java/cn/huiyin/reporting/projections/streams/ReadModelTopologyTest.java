package cn.huiyin.reporting.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.HouseholdMonitoringChanged;
import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.events.RiskChange;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.reporting.projections.ReadModelHarness;
import cn.huiyin.reporting.projections.model.BucketTotals;
import cn.huiyin.reporting.projections.model.Cases;
import cn.huiyin.reporting.projections.model.Counters;
import cn.huiyin.reporting.projections.model.Households;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The topology alone, in a test driver: what each event adds to and takes from the buckets. */
class ReadModelTopologyTest {

    private static final String WEINING_DAY = Cases.WEINING + "|2020-01-02";
    private static final String WEINING_MONTH = Cases.WEINING + "|2020-01";
    private static final String HEZHANG_DAY = Cases.HEZHANG + "|2020-01-03";
    private static final String HEZHANG_MONTH = Cases.HEZHANG + "|2020-01";

    private final ReadModelHarness topology = new ReadModelHarness();
    private final Map<String, BucketTotals> buckets = new LinkedHashMap<>();

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void countsTheCallOnItsDayAndTheCaseOnTheDayOfTransferWithTheirMonths() {
        topology.publish(Cases.received());
        topology.publish(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED));

        read();
        assertThat(counter(Cases.WEINING + "|2019-12-30", Counters.CALLS)).isEqualTo(1);
        assertThat(counter(Cases.WEINING + "|2019-12", Counters.CALLS)).isEqualTo(1);
        assertThat(counter(WEINING_DAY, Counters.CASES)).isEqualTo(1);
        assertThat(counter(WEINING_MONTH, "cat:HOUSING_SECURITY")).isEqualTo(1);
    }

    @Test
    void anAcceptanceOnCaseAcceptedWithinADayCountsTheCountysResponse() {
        topology.publish(Cases.received());
        topology.publish(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED));
        topology.publish(Cases.accepted(Cases.WEINING, Cases.TRANSFERRED, Cases.TRANSFERRED.plus(Duration.ofHours(3))));

        read();
        assertThat(counter(WEINING_MONTH, Counters.RESPONDED)).isEqualTo(1);
        assertThat(counter(WEINING_MONTH, Counters.CASES)).isEqualTo(1);
    }

    @Test
    void aCaseReassignedToAnotherCountyLeavesItsOldBucketsAndJoinsTheNewOnes() {
        topology.publish(Cases.received());
        topology.publish(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED));
        read();
        assertThat(counter(WEINING_DAY, Counters.CASES)).isEqualTo(1);

        topology.publish(Cases.assigned(Cases.HEZHANG, Cases.TRANSFERRED.plus(Duration.ofDays(1))));

        read();
        assertThat(buckets.get(WEINING_DAY).totals()).isEmpty();
        assertThat(buckets.get(WEINING_MONTH).totals()).isEmpty();
        // the first transfer's day stays the case's day; the county is the one responsible now
        assertThat(counter(Cases.HEZHANG + "|2020-01-02", Counters.CASES)).isEqualTo(1);
        assertThat(counter(HEZHANG_MONTH, "dept:HOUSING_CONSTRUCTION")).isEqualTo(1);
        assertThat(buckets).doesNotContainKey(HEZHANG_DAY);
    }

    @Test
    void aChangedOutcomeMovesTheCaseBetweenCountersOfTheSameBucket() {
        topology.publish(Cases.received());
        topology.publish(Cases.verified(Cases.TRANSFERRED.plus(Duration.ofDays(3)), ReportedSatisfaction.UNSATISFIED));
        topology.publish(Cases.verified(Cases.TRANSFERRED.plus(Duration.ofDays(9)), ReportedSatisfaction.SATISFIED));

        read();
        assertThat(counter(WEINING_MONTH, "reported:SATISFIED")).isEqualTo(1);
        assertThat(buckets.get(WEINING_MONTH).totals()).doesNotContainKey("reported:UNSATISFIED");
        assertThat(counter(WEINING_MONTH, Counters.CASES)).isEqualTo(1);
    }

    @Test
    void aCaseAwaitingItsSecondCallbackTryCountsAsPendingUntilTheCitizenIsReached() {
        topology.publish(Cases.received());
        topology.publish(Cases.verified(Cases.TRANSFERRED.plus(Duration.ofDays(3)), ReportedSatisfaction.SATISFIED));
        topology.publish(Cases.callback(1, CallbackResult.UNREACHABLE, Cases.TRANSFERRED.plus(Duration.ofDays(4)), false));

        read();
        assertThat(counter(WEINING_MONTH, "callbackRetryPending")).isEqualTo(1);
        assertThat(buckets.get(WEINING_MONTH).totals()).doesNotContainKey("callback:UNREACHABLE");

        topology.publish(Cases.callback(2, CallbackResult.SATISFIED, Cases.TRANSFERRED.plus(Duration.ofDays(5)), true));

        read();
        assertThat(counter(WEINING_MONTH, "callback:SATISFIED")).isEqualTo(1);
        assertThat(buckets.get(WEINING_MONTH).totals()).doesNotContainKey("callbackRetryPending");
    }

    @Test
    void cityReturnsAreCountedApartFromCallbackReopenings() {
        topology.publish(Cases.received());
        topology.publish(Cases.verified(Cases.TRANSFERRED.plus(Duration.ofDays(3)), ReportedSatisfaction.SATISFIED));
        topology.publish(Cases.verified(Cases.TRANSFERRED.plus(Duration.ofDays(8)), ReportedSatisfaction.SATISFIED, 1, 1));

        read();
        assertThat(counter(WEINING_MONTH, "returnedByCity")).isEqualTo(1);
        assertThat(buckets.get(WEINING_MONTH).totals()).doesNotContainKey(Counters.REOPENED);

        topology.publish(Cases.callback(1, CallbackResult.UNSATISFIED, Cases.TRANSFERRED.plus(Duration.ofDays(9)), false));

        read();
        assertThat(counter(WEINING_MONTH, "returnedByCity")).isEqualTo(1);
        assertThat(counter(WEINING_MONTH, Counters.REOPENED)).isEqualTo(1);
    }

    @Test
    void aDuplicatedEventPublishesNothing() {
        CaseReceived received = Cases.received();
        topology.publish(received);
        read();
        assertThat(topology.facts()).containsOnlyKeys(Cases.CALL);

        topology.publish(received);
        topology.publish(received);

        assertThat(topology.buckets()).isEmpty();
        assertThat(topology.facts()).isEmpty();
    }

    @Test
    void eventsInAnyOrderGiveTheSameBuckets() {
        List<Record> history = List.of(Cases.received(), Cases.assigned(Cases.WEINING, Cases.TRANSFERRED),
                Cases.verified(Cases.TRANSFERRED.plus(Duration.ofDays(30)), ReportedSatisfaction.SATISFIED),
                Cases.callback(1, CallbackResult.UNSATISFIED, Cases.TRANSFERRED.plus(Duration.ofDays(31)), false),
                Cases.overdue());
        history.forEach(topology::publish);
        Map<String, BucketTotals> inOrder = totals(topology.buckets());

        try (ReadModelHarness reversed = new ReadModelHarness()) {
            for (int i = history.size() - 1; i >= 0; i--) {
                reversed.publish(history.get(i));
            }
            assertThat(totals(reversed.buckets())).isEqualTo(inOrder);
        }
        assertThat(inOrder.get(WEINING_MONTH).totals()).containsEntry(Counters.LATE, 1L)
                .containsEntry("callback:UNSATISFIED", 1L).doesNotContainKey(Counters.MISSING);
    }

    @Test
    void eventsKeyedOtherwiseThanByTheirCaseMeetTheOthersInTheSameFact() {
        List<Record> history = List.of(Cases.received(), Cases.assigned(Cases.WEINING, Cases.TRANSFERRED),
                Cases.verified(Cases.TRANSFERRED.plus(Duration.ofDays(30)), ReportedSatisfaction.SATISFIED),
                Cases.callback(1, CallbackResult.UNSATISFIED, Cases.TRANSFERRED.plus(Duration.ofDays(31)), false));
        history.forEach(topology::publish);
        Map<String, BucketTotals> keyedByCase = totals(topology.buckets());

        try (ReadModelHarness mixed = new ReadModelHarness()) {
            for (int i = 0; i < history.size(); i++) {
                Record event = history.get(i);
                var contract = EventContracts.forEvent(event);
                // every other event keyed by its call id, as an older or foreign producer might
                String key = i % 2 == 1 ? Cases.CALL : contract.keyOf(event);
                mixed.publish(contract.topic(), key, CloudEventAttributes.of(contract, key,
                        CloudEventAttributes.sourceOf("test"), Instant.now()), event);
            }
            assertThat(totals(mixed.buckets())).isEqualTo(keyedByCase);
            assertThat(mixed.facts()).containsOnlyKeys(Cases.CALL);
        }
        assertThat(keyedByCase.get(WEINING_MONTH).totals()).containsEntry(Counters.CASES, 1L)
                .containsEntry("callback:UNSATISFIED", 1L).containsEntry("reported:SATISFIED", 1L);
    }

    @Test
    void aHouseholdRiskChangeCountsOnceHoweverOftenItArrives() {
        HouseholdRiskChanged risk = new HouseholdRiskChanged("hh-1", RiskChange.RISK_IDENTIFIED, Cases.TOWNSHIP,
                Cases.WEINING, RiskLevel.NONE, RiskLevel.HIGH, 72, List.of(RiskFactor.ILLNESS), null,
                new HouseholdRiskChanged.Trigger("case-verified", null), Instant.parse("2020-02-03T04:00:00Z"));
        CloudEventAttributes attributes = CloudEventAttributes.of(EventContracts.HOUSEHOLD_RISK_CHANGED,
                risk.householdId(), URI.create("urn:huiyin:monitoring-service"), risk.changedAt());
        for (int copy = 0; copy < 3; copy++) {
            topology.publish(EventContracts.HOUSEHOLD_RISK_CHANGED.topic(), risk.householdId(), attributes, risk);
        }

        read();
        assertThat(counter(Cases.WEINING + "|2020-02", Counters.IDENTIFIED)).isEqualTo(1);
        assertThat(counter(Cases.WEINING + "|2020-02-03", Counters.IDENTIFIED)).isEqualTo(1);
    }

    @Test
    void countsTheMonitoringDecisionsOfAHouseholdIdentifiedEliminatedAndTakenInAgain() {
        topology.publish(Households.identified("hh-1", LocalDate.of(2021, 2, 1), 22, RiskFactor.ILLNESS,
                RiskFactor.SCHOOLING));
        topology.publish(Households.levelLowered("hh-1", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 2, 1),
                RiskFactor.ILLNESS, RiskFactor.SCHOOLING));
        topology.publish(Households.eliminated("hh-1", LocalDate.of(2021, 4, 1), LocalDate.of(2021, 2, 1),
                RiskFactor.ILLNESS, RiskFactor.SCHOOLING));
        topology.publish(Households.reidentified("hh-1", LocalDate.of(2021, 5, 10), 9, RiskFactor.INCOME_DROP));

        read();
        assertThat(buckets.get(Cases.WEINING + "|2021-02").totals()).containsOnly(
                Map.entry(Counters.IDENTIFIED, 1L), Map.entry(Counters.IDENTIFIED_LATE, 1L),
                Map.entry(Counters.RISK_FACTOR + "ILLNESS", 1L), Map.entry(Counters.RISK_FACTOR + "SCHOOLING", 1L));
        assertThat(buckets).doesNotContainKeys(Cases.WEINING + "|2021-03", Cases.WEINING + "|2021-03-01");
        assertThat(buckets.get(Cases.WEINING + "|2021-04-01").totals()).containsOnly(Map.entry(Counters.CLEARED, 1L));
        assertThat(buckets.get(Cases.WEINING + "|2021-05").totals()).containsOnly(
                Map.entry(Counters.IDENTIFIED, 1L), Map.entry(Counters.REIDENTIFIED, 1L),
                Map.entry(Counters.RISK_FACTOR + "INCOME_DROP", 1L));
    }

    @Test
    void aMonitoringDecisionCountsOnceHoweverOftenItArrives() {
        HouseholdMonitoringChanged identified = Households.identified("hh-1", LocalDate.of(2021, 2, 1), 5,
                RiskFactor.ILLNESS);
        CloudEventAttributes attributes = CloudEventAttributes.of(EventContracts.HOUSEHOLD_MONITORING_CHANGED,
                identified.householdId(), URI.create("urn:huiyin:monitoring-service"), identified.changedAt());
        for (int copy = 0; copy < 3; copy++) {
            topology.publish(EventContracts.HOUSEHOLD_MONITORING_CHANGED.topic(), identified.householdId(),
                    attributes, identified);
        }

        read();
        assertThat(counter(Cases.WEINING + "|2021-02", Counters.IDENTIFIED)).isEqualTo(1);
        assertThat(counter(Cases.WEINING + "|2021-02-01", Counters.IDENTIFIED)).isEqualTo(1);
        assertThat(topology.meters().find("huiyin.events.consumed").tag("outcome", "applied").counter().count())
                .isEqualTo(3);
    }

    @Test
    void theV1HistoryAndV2DecisionsAddUpInTheSameBuckets() {
        topology.publish(Households.identifiedInV1("hh-old", LocalDate.of(2021, 1, 10), 20, RiskFactor.DISABILITY));
        topology.publish(Households.identified("hh-new", LocalDate.of(2021, 1, 20), 5, RiskFactor.DISABILITY));
        topology.publish(Households.eliminated("hh-old", LocalDate.of(2021, 1, 25), LocalDate.of(2021, 1, 10),
                RiskFactor.DISABILITY));

        read();
        assertThat(buckets.get(Cases.WEINING + "|2021-01").totals()).containsOnly(
                Map.entry(Counters.IDENTIFIED, 2L), Map.entry(Counters.IDENTIFIED_LATE, 1L),
                Map.entry(Counters.RISK_FACTOR + "DISABILITY", 2L), Map.entry(Counters.CLEARED, 1L));
    }

    @Test
    void aBucketKeepsCountersNotCalls() {
        for (int i = 0; i < 300; i++) {
            topology.publish(Cases.received("call-" + i));
        }

        read();
        BucketTotals day = buckets.get(Cases.WEINING + "|2019-12-30");
        assertThat(day.totals()).containsEntry(Counters.CALLS, 300L);
        assertThat(day.totals()).hasSizeLessThan(10);
        assertThat(JsonSerde.of(BucketTotals.class).serializer().serialize("t", day).length).isLessThan(400);
    }

    @Test
    void anEventThatBreaksItsContractIsDeadLetteredWithTheRuleItBroke() {
        RecordHeaders headers = new RecordHeaders();
        CloudEventAttributes.of(EventContracts.CASE_RECEIVED, "call-x", URI.create("urn:huiyin:intake-service"),
                Instant.now()).toHeaders().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        byte[] body = "{\"callId\":\"call-x\",\"countyCode\":\"5205\"}".getBytes(StandardCharsets.UTF_8);
        var deadLetters = topology.output("case-received.reporting-service.dlq");

        topology.pipe("case-received", new TestRecord<>("call-x", body, headers));

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.value()).isEqualTo(body);
        assertThat(new String(dead.headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                .contains("case-received event is not a valid cn.huiyin.case.received.v1");
        assertThat(new String(dead.headers().lastHeader("x-original-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo("case-received");
        assertThat(topology.buckets()).isEmpty();
    }

    @Test
    void anotherVersionOnTheTopicIsSkippedNotDeadLettered() {
        RecordHeaders headers = new RecordHeaders();
        new CloudEventAttributes("id-1", "cn.huiyin.case.received.v9", URI.create("urn:huiyin:intake-service"),
                Instant.now(), "call-9").toHeaders()
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        var deadLetters = topology.output("case-received.reporting-service.dlq");

        topology.pipe("case-received", new TestRecord<>("call-9", "{}".getBytes(StandardCharsets.UTF_8), headers));

        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(topology.buckets()).isEmpty();
        assertThat(topology.meters().find("huiyin.events.consumed").tag("outcome", "skipped").counter().count())
                .isEqualTo(1);
    }

    @Test
    void theLedgerHearsOfCasesOnlyWithTheirNewestVersion() {
        topology.publish(Cases.received());
        topology.publish(Cases.assigned(Cases.WEINING, Cases.TRANSFERRED));
        topology.publish(Cases.received("call-consultation", cn.huiyin.events.CallType.CONSULTATION,
                cn.huiyin.events.Disposition.ANSWERED));

        Map<String, StoredFact> facts = topology.facts();
        assertThat(facts).containsOnlyKeys(Cases.CALL);
        assertThat(facts.get(Cases.CALL).version()).isEqualTo(2);
        assertThat(facts.get(Cases.CALL).fact().assignment().countyCode()).isEqualTo(Cases.WEINING);
    }

    private void read() {
        buckets.putAll(topology.buckets());
    }

    private long counter(String bucket, String counter) {
        assertThat(buckets).containsKey(bucket);
        return buckets.get(bucket).totals().getOrDefault(counter, 0L);
    }

    private static Map<String, BucketTotals> totals(Map<String, BucketTotals> buckets) {
        // versions count changes, which depend on the order; the totals do not
        Map<String, BucketTotals> totals = new LinkedHashMap<>();
        buckets.forEach((id, bucket) -> totals.put(id, new BucketTotals(0, bucket.totals())));
        return totals;
    }
}
