package cn.huiyin.intake.calls.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** How a county-day's numbers are accounted for: each drawn number is one call or one void, or an anomaly. */
class TrackingLedgerReconciliationTest {

    static final String WEINING = "520526";
    static final LocalDate DAY = LocalDate.of(2020, 3, 5);

    @Test
    void balancesWhenEveryDrawnNumberIsACallOrAVoid() {
        TrackingLedger ledger = TrackingLedger.reconcile(WEINING, DAY, 4, numbers(1, 2, 4), List.of(voided(3)));

        assertThat(ledger.drawn()).isEqualTo(4);
        assertThat(ledger.calls()).isEqualTo(3);
        assertThat(ledger.voids()).extracting(VoidedNumber::number).containsExactly(number(3));
        assertThat(ledger.missing()).isEmpty();
        assertThat(ledger.balanced()).isTrue();
    }

    @Test
    void reportsANumberThatIsNeitherACallNorAVoidAsMissing() {
        TrackingLedger ledger = TrackingLedger.reconcile(WEINING, DAY, 6, numbers(1, 4), List.of(voided(2)));

        assertThat(ledger.missing()).containsExactly(number(3), number(5), number(6));
        assertThat(ledger.balanced()).isFalse();
    }

    @Test
    void reportsAVoidWhoseCallWasStoredAfterAll() {
        TrackingLedger ledger = TrackingLedger.reconcile(WEINING, DAY, 2, numbers(1, 2), List.of(voided(2)));

        assertThat(ledger.voidedButStored()).containsExactly(number(2));
        assertThat(ledger.missing()).isEmpty();
        assertThat(ledger.balanced()).isFalse();
    }

    @Test
    void reportsNumbersAboveTheCounter() {
        TrackingLedger ledger = TrackingLedger.reconcile(WEINING, DAY, 1, numbers(1, 3), List.of(voided(5)));

        assertThat(ledger.beyondCounter()).containsExactly(number(3), number(5));
        assertThat(ledger.balanced()).isFalse();
    }

    @Test
    void listsTheVoidsInNumberOrder() {
        TrackingLedger ledger = TrackingLedger.reconcile(WEINING, DAY, 3, numbers(2), List.of(voided(3), voided(1)));

        assertThat(ledger.voids()).extracting(VoidedNumber::number).containsExactly(number(1), number(3));
    }

    @Test
    void aDayWithoutDrawsIsBalancedAndEmpty() {
        TrackingLedger ledger = TrackingLedger.reconcile(WEINING, DAY, 0, List.of(), List.of());

        assertThat(ledger.calls()).isZero();
        assertThat(ledger.missing()).isEmpty();
        assertThat(ledger.balanced()).isTrue();
    }

    @Test
    void refusesNumbersOfAnotherCountyOrDay() {
        assertThatThrownBy(() -> TrackingLedger.reconcile(WEINING, DAY, 1,
                List.of(new TrackingNumber("520525", DAY, 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingLedger.reconcile(WEINING, DAY, 1, List.of(),
                List.of(new VoidedNumber(new TrackingNumber(WEINING, DAY.plusDays(1), 1), "r", "F", Instant.now()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<TrackingNumber> numbers(long... sequences) {
        return LongStream.of(sequences).mapToObj(TrackingLedgerReconciliationTest::number).toList();
    }

    private static TrackingNumber number(long sequence) {
        return new TrackingNumber(WEINING, DAY, sequence);
    }

    private static VoidedNumber voided(long sequence) {
        return new VoidedNumber(number(sequence), "call not stored", "MongoTimeoutException", Instant.EPOCH);
    }
}
