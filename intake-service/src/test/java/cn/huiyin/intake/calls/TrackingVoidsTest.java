package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.events.CallType;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.intake.calls.application.CallCompletion;
import cn.huiyin.intake.calls.application.CallIntake;
import cn.huiyin.intake.calls.application.Calls;
import cn.huiyin.intake.calls.application.Posting;
import cn.huiyin.intake.calls.application.TrackingLedgers;
import cn.huiyin.intake.calls.application.TrackingSequence;
import cn.huiyin.intake.calls.application.TrackingVoids;
import cn.huiyin.intake.calls.infrastructure.CallStore;
import cn.huiyin.intake.calls.infrastructure.TrackingVoidStore;
import cn.huiyin.intake.calls.model.Call;
import cn.huiyin.intake.calls.model.CallSubmission;
import cn.huiyin.intake.calls.model.TrackingLedger;
import cn.huiyin.intake.calls.model.TrackingNumber;
import cn.huiyin.intake.calls.model.VoidedNumber;
import cn.huiyin.intake.classification.model.CallClassifier;
import cn.huiyin.intake.repeats.application.RepeatCallers;
import cn.huiyin.intake.repeats.infrastructure.CallerHistoryStore;
import cn.huiyin.intake.vault.model.ContactVault;
import cn.huiyin.privacy.PhoneNumber;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/**
 * Issue 17 §5: a number drawn for a call whose write then fails is recorded as void where the failure is seen,
 * and one whose void cannot be recorded either is still reported by the ledger, as missing. The failures are
 * injected into the intake's parts; each test uses a county-day of its own in 2003.
 */
@IntakeServiceTest
class TrackingVoidsTest {

    static final String WEINING = "520526";

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Outbox outbox;

    @Autowired
    CallClassifier classifier;

    @Autowired
    ContactVault vault;

    @Autowired
    RegionRegistry regions;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Clock clock;

    @Autowired
    TrackingSequence sequence;

    @Autowired
    TrackingVoids voids;

    @Autowired
    Calls calls;

    @Autowired
    RepeatCallers repeats;

    @Test
    void aNumberDrawnForACallWhoseInsertFailsIsRecordedAsVoidWithTheFailure() {
        CallIntake intake = intake(failingCalls(), repeats, voids);

        assertThatThrownBy(() -> intake.accept("hotline-voids", "hash", aCallOn("2003-02-11")).block())
                .isInstanceOf(DataAccessResourceFailureException.class);

        TrackingLedger ledger = ledgerOf("2003-02-11");
        assertThat(ledger.drawn()).isEqualTo(1);
        assertThat(ledger.calls()).isZero();
        assertThat(ledger.voids()).extracting(VoidedNumber::number, VoidedNumber::reason, VoidedNumber::failure)
                .containsExactly(tuple(number("2003-02-11", 1), "call not stored",
                        "DataAccessResourceFailureException"));
        assertThat(ledger.voids().get(0).voidedAt()).isBeforeOrEqualTo(clock.instant());
        assertThat(ledger.missing()).isEmpty();
        assertThat(ledger.balanced()).isTrue();
    }

    @Test
    void aNumberDrawnWhileTheCallersHistoryFailsIsRecordedAsVoid() {
        RepeatCallers failingHistory = new RepeatCallers(new CallerHistoryStore(mongo)) {
            @Override
            public Mono<Optional<String>> record(String callerRef, String callId, Instant receivedAt,
                    List<Category> categories) {
                return Mono.error(new DataAccessResourceFailureException("caller history unreachable"));
            }
        };
        CallIntake intake = intake(calls, failingHistory, voids);

        assertThatThrownBy(() -> intake.accept("hotline-voids", "hash", aCallOn("2003-02-12")).block())
                .isInstanceOf(DataAccessResourceFailureException.class);

        TrackingLedger ledger = ledgerOf("2003-02-12");
        assertThat(ledger.drawn()).isEqualTo(1);
        assertThat(ledger.voids()).extracting(VoidedNumber::number, VoidedNumber::reason)
                .containsExactly(tuple(number("2003-02-12", 1), "call not completed"));
        assertThat(ledger.balanced()).isTrue();
    }

    @Test
    void aNumberWhoseVoidCannotBeRecordedEitherIsReportedMissing() {
        TrackingVoids failingVoids = new TrackingVoidStore(mongo, clock) {
            @Override
            public Mono<Void> record(TrackingNumber number, String reason, String failure) {
                return Mono.error(new DataAccessResourceFailureException("voids unreachable"));
            }
        };
        CallIntake intake = intake(failingCalls(), repeats, failingVoids);
        double unrecorded = unrecordedVoids();

        // the call's own failure is answered, not the void's
        assertThatThrownBy(() -> intake.accept("hotline-voids", "hash", aCallOn("2003-02-13")).block())
                .isInstanceOf(DataAccessResourceFailureException.class)
                .hasMessageContaining("Timed out");

        TrackingLedger ledger = ledgerOf("2003-02-13");
        assertThat(ledger.drawn()).isEqualTo(1);
        assertThat(ledger.voids()).isEmpty();
        assertThat(ledger.missing()).containsExactly(number("2003-02-13", 1));
        assertThat(ledger.balanced()).isFalse();
        assertThat(unrecordedVoids()).isEqualTo(unrecorded + 1);
    }

    @Test
    void recordingAVoidTwiceKeepsTheFirstRecord() {
        TrackingNumber number = number("2003-02-14", 1);
        voids.record(number, "call not stored", "FirstFailure").block();
        voids.record(number, "call not stored", "SecondFailure").block();

        assertThat(voids.of(WEINING, LocalDate.parse("2003-02-14")).collectList().block())
                .extracting(VoidedNumber::failure).containsExactly("FirstFailure");
    }

    private double unrecordedVoids() {
        var counter = meters.find("huiyin.tracking.numbers.voided").tag("reason", "call not stored")
                .tag("recorded", "false").counter();
        return counter == null ? 0 : counter.count();
    }

    private Calls failingCalls() {
        return new CallStore(mongo, outbox) {
            @Override
            public Mono<Call> insert(Posting posting, Call accepted, List<? extends Record> events) {
                return Mono.error(new DataAccessResourceFailureException("Timed out after 30000 ms"));
            }
        };
    }

    private CallIntake intake(Calls store, RepeatCallers repeats, TrackingVoids trackingVoids) {
        return new CallIntake(store, new CallCompletion(classifier, vault, repeats, sequence, trackingVoids, regions,
                meters, clock), clock);
    }

    private CallSubmission aCallOn(String day) {
        return new CallSubmission("12317-" + UUID.randomUUID(),
                OffsetDateTime.parse(day + "T09:30:00+08:00").toInstant(), Channel.PHONE, CallType.APPEAL, null,
                PhoneNumber.parse("13885700001"), null, regions.resolve("520526211"), null,
                List.of(Category.HOUSING_SECURITY), "危房改造补助没有到位", false);
    }

    private TrackingLedger ledgerOf(String day) {
        return new TrackingLedgers(calls, sequence, voids).of(WEINING, LocalDate.parse(day)).block();
    }

    private static TrackingNumber number(String day, long sequence) {
        return new TrackingNumber(WEINING, LocalDate.parse(day), sequence);
    }
}
