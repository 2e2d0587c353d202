package cn.huiyin.intake.calls.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.Category;
import cn.huiyin.events.ClassifiedBy;
import cn.huiyin.intake.calls.model.Call;
import cn.huiyin.intake.calls.model.CallSubmission;
import cn.huiyin.intake.calls.model.TrackingNumber;
import cn.huiyin.intake.classification.model.CallClassifier;
import cn.huiyin.intake.classification.model.ClassificationResult;
import cn.huiyin.intake.repeats.application.RepeatCallers;
import cn.huiyin.intake.vault.model.ContactVault;
import cn.huiyin.intake.vault.model.SealedCaller;
import cn.huiyin.privacy.FreeText;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * Makes the accepted call out of a submission: classifies its content when the caller gave no
 * categories, seals the caller's contact, records it in the caller's history (which links a repeat
 * call) and draws the tracking number — two commands, sent together. A number drawn for a call that is then not
 * stored is recorded as void where the failure is seen, so the county-day's ledger accounts for it.
 */
public class CallCompletion {

    private static final Logger log = LoggerFactory.getLogger(CallCompletion.class);

    /** The hotline's day, for tracking numbers: a call at 23:30 Beijing time belongs to that day. */
    static final ZoneId HOTLINE_ZONE = HotlineTime.ZONE;

    private final CallClassifier classifier;
    private final ContactVault vault;
    private final RepeatCallers repeats;
    private final TrackingSequence sequence;
    private final TrackingVoids voids;
    private final RegionRegistry regions;
    private final CallMetrics metrics;
    private final Clock clock;

    public CallCompletion(CallClassifier classifier, ContactVault vault, RepeatCallers repeats,
            TrackingSequence sequence, TrackingVoids voids, RegionRegistry regions, MeterRegistry meters,
            Clock clock) {
        this.classifier = classifier;
        this.vault = vault;
        this.repeats = repeats;
        this.sequence = sequence;
        this.voids = voids;
        this.regions = regions;
        this.metrics = new CallMetrics(meters);
        this.clock = clock;
    }

    /**
     * The call's insert failed ({@code why}, in words without personal data): takes the call out of its caller's
     * history again and records its tracking number as void, both at once.
     */
    Mono<Void> notStored(Call call, String why, Throwable failure) {
        return Mono.when(repeats.forget(call.caller().ref(), call.id()),
                voidNumber(TrackingNumber.parse(call.trackingNumber()), why, failure));
    }

    /** The accepted call, with the id it gets, made out of the submission. */
    Mono<Call> complete(String callId, CallSubmission call) {
        ClassificationResult rules = call.classifiedByCaller() ? null : classifier.classify(call.content());
        Call.Classification classification = classification(rules);
        List<Category> categories = rules == null ? call.categories() : rules.categories();
        // numbers the caller spoke into the text are masked in the call; the text as given goes to the vault
        String content = FreeText.mask(call.content());
        String address = FreeText.mask(call.address());
        SealedCaller caller = vault.seal(callId, call.callerName(), call.phone(), call.idNumber(),
                Objects.equals(content, call.content()) ? null : call.content(),
                Objects.equals(address, call.address()) ? null : call.address());
        Region county = regions.countyOf(call.region().code());
        LocalDate day = call.receivedAt().atZone(HOTLINE_ZONE).toLocalDate();
        // the number as drawn, read again only when the completion failed after the draw, to void it
        Mono<TrackingNumber> number = sequence.next(county.code(), day).cache();
        // both commands run to their end, so a number drawn while the history failed is known and voided
        return Mono.zipDelayError(repeats.record(caller.callerRef(), callId, call.receivedAt(), categories), number)
                .map(found -> accepted(callId, call, content, address, categories, classification, caller, county,
                        found.getT2().toString(), found.getT1().orElse(null)))
                .onErrorResume(failure -> Mono.when(repeats.forget(caller.callerRef(), callId),
                                number.onErrorResume(notDrawn -> Mono.empty())
                                        .flatMap(drawn -> voidNumber(drawn, "call not completed", failure)))
                        .then(Mono.error(failure)));
    }

    /**
     * Records the number as void. When even that fails the number stays unaccounted for, and the ledger reports
     * it as missing; the call's own failure is what the caller hears either way.
     */
    private Mono<Void> voidNumber(TrackingNumber number, String reason, Throwable failure) {
        String failed = failure.getClass().getSimpleName().isEmpty() ? failure.getClass().getName()
                : failure.getClass().getSimpleName();
        return Mono.defer(() -> voids.record(number, reason, failed))
                .doOnSuccess(recorded -> metrics.voided(reason, true))
                .onErrorResume(notRecorded -> {
                    metrics.voided(reason, false);
                    log.warn("tracking number {} was not used ({}) and could not be recorded as void: {}", number,
                            reason, notRecorded.getClass().getSimpleName());
                    return Mono.empty();
                });
    }

    void accepted(Call stored) {
        metrics.accepted(stored);
    }

    private Call.Classification classification(ClassificationResult rules) {
        if (rules == null) {
            return new Call.Classification(ClassifiedBy.CALLER, 1.0, false, null);
        }
        metrics.classified(rules);
        return new Call.Classification(ClassifiedBy.RULES, rules.confidence(), rules.needsReview(),
                rules.rulesVersion());
    }

    private Call accepted(String callId, CallSubmission call, String content, String address,
            List<Category> categories, Call.Classification classification, SealedCaller caller, Region county,
            String trackingNumber, String repeatOf) {
        Region region = call.region();
        String township = region.level() == RegionLevel.TOWNSHIP ? region.code()
                : region.level() == RegionLevel.VILLAGE ? region.parentCode() : null;
        String city = regions.cityOf(county.code());
        String province = regions.provinceOf(county.code());
        List<String> path = new ArrayList<>(List.of(province, city, county.code()));
        if (township != null) {
            path.add(township);
        }
        Call.Caller sealedCaller = new Call.Caller(caller.callerRef(), caller.phoneFingerprint(),
                caller.idFingerprint(), caller.maskedPhone(),
                call.callerName() == null ? null : call.callerName().masked(), caller.sealed());
        Instant now = clock.instant();
        return new Call(callId, call.externalId(), trackingNumber, call.receivedAt(), now, call.channel(),
                call.type(), call.disposition(), categories, classification, region.code(), township, county.code(),
                city, province, List.copyOf(path), address, content, call.urgent(), repeatOf, sealedCaller);
    }
}
