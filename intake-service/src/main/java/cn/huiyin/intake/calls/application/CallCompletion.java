package cn.huiyin.intake.calls.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.chassis.outbox.EventOutbox;
import cn.huiyin.events.Category;
import cn.huiyin.events.ClassifiedBy;
import cn.huiyin.intake.calls.infrastructure.CallDocument;
import cn.huiyin.intake.calls.infrastructure.TrackingSequence;
import cn.huiyin.intake.calls.model.CallSubmission;
import cn.huiyin.intake.classification.CallClassifier;
import cn.huiyin.intake.classification.ClassificationResult;
import cn.huiyin.intake.repeats.RepeatCallers;
import cn.huiyin.intake.vault.ContactVault;
import cn.huiyin.intake.vault.SealedCaller;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import reactor.core.publisher.Mono;

/**
 * Turns a reserved call into an accepted one: classifies its content when the caller gave no
 * categories, seals the caller's contact, links a repeat call, draws the tracking number and
 * attaches the {@code case-received} event.
 */
public class CallCompletion {

    /** The hotline's day, for tracking numbers: a call at 23:30 Beijing time belongs to that day. */
    static final ZoneId HOTLINE_ZONE = HotlineTime.ZONE;

    private final CallClassifier classifier;
    private final ContactVault vault;
    private final RepeatCallers repeats;
    private final TrackingSequence sequence;
    private final RegionRegistry regions;
    private final CallMetrics metrics;
    private final Clock clock;

    public CallCompletion(CallClassifier classifier, ContactVault vault, RepeatCallers repeats,
            TrackingSequence sequence, RegionRegistry regions, MeterRegistry meters, Clock clock) {
        this.classifier = classifier;
        this.vault = vault;
        this.repeats = repeats;
        this.sequence = sequence;
        this.regions = regions;
        this.metrics = new CallMetrics(meters);
        this.clock = clock;
    }

    /** Remembers an accepted call for the repeat check of the caller's later calls. */
    Mono<CallDocument> remember(CallDocument accepted) {
        return repeats.remember(accepted.caller().ref(), accepted.id(), accepted.receivedAt(), accepted.categories())
                .thenReturn(accepted);
    }

    Mono<CallDocument> complete(CallDocument reservation, CallSubmission call, EventOutbox outbox) {
        ClassificationResult rules = call.classifiedByCaller() ? null : classifier.classify(call.content());
        CallDocument.Classification classification = classification(rules);
        List<Category> categories = rules == null ? call.categories() : rules.categories();
        SealedCaller caller = vault.seal(reservation.id(), call.callerName(), call.phone(), call.idNumber());
        Region county = regions.countyOf(call.region().code());
        LocalDate day = call.receivedAt().atZone(HOTLINE_ZONE).toLocalDate();
        return repeats.earlierCallOf(caller.callerRef(), categories, call.receivedAt(), reservation.id())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .zipWith(sequence.next(county.code(), day))
                .map(found -> {
                    String repeatOf = found.getT1().orElse(null);
                    CallDocument accepted = accepted(reservation, call, categories, classification, caller, county,
                            found.getT2().toString(), repeatOf);
                    metrics.accepted(accepted);
                    return accepted.withOutbox(List.of(outbox.wrap(CaseReceivedEvents.of(accepted))));
                });
    }

    private CallDocument.Classification classification(ClassificationResult rules) {
        if (rules == null) {
            return new CallDocument.Classification(ClassifiedBy.CALLER, 1.0, false, null);
        }
        metrics.classified(rules);
        return new CallDocument.Classification(ClassifiedBy.RULES, rules.confidence(), rules.needsReview(),
                rules.rulesVersion());
    }

    private CallDocument accepted(CallDocument reservation, CallSubmission call, List<Category> categories,
            CallDocument.Classification classification, SealedCaller caller, Region county, String trackingNumber,
            String repeatOf) {
        Region region = call.region();
        String township = region.level() == RegionLevel.TOWNSHIP ? region.code()
                : region.level() == RegionLevel.VILLAGE ? region.parentCode() : null;
        String city = regions.cityOf(county.code());
        String province = regions.provinceOf(county.code());
        List<String> path = new ArrayList<>(List.of(province, city, county.code()));
        if (township != null) {
            path.add(township);
        }
        CallDocument.Caller sealedCaller = new CallDocument.Caller(caller.callerRef(), caller.phoneFingerprint(),
                caller.idFingerprint(), caller.maskedPhone(),
                call.callerName() == null ? null : call.callerName().masked(), caller.sealed());
        return new CallDocument(reservation.id(), reservation.idempotencyKey(), reservation.requestHash(),
                reservation.clientSubject(), CallDocument.State.ACCEPTED, reservation.reservedAt(),
                call.externalId(), trackingNumber, call.receivedAt(), clock.instant(), call.channel(), call.type(),
                call.disposition(), categories, classification, region.code(), township, county.code(), city,
                province, List.copyOf(path), call.address(), call.content(), call.urgent(), repeatOf, sealedCaller,
                List.of());
    }
}
