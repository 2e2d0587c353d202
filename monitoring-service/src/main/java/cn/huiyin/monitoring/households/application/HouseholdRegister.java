package cn.huiyin.monitoring.households.application;

import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.monitoring.households.infrastructure.HouseholdDocument;
import cn.huiyin.monitoring.households.infrastructure.HouseholdStore;
import cn.huiyin.monitoring.households.infrastructure.StoredAssessment;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.HouseholdHead;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.web.HouseholdValidator.ValidHousehold;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;

import reactor.core.publisher.Mono;

/**
 * Puts a household in the register or updates it. The head's ID number is kept sealed and as the
 * same keyed fingerprint intake gives callers, so that calls, signals and warnings find the household.
 */
public class HouseholdRegister {

    public record Registered(boolean created, HouseholdDocument household) {
    }

    private final HouseholdStore households;
    private final SignalStore signals;
    private final RiskMonitor monitor;
    private final Fingerprints fingerprints;
    private final ContactCipher cipher;
    private final RegionRegistry regions;
    private final Clock clock;

    public HouseholdRegister(HouseholdStore households, SignalStore signals, RiskMonitor monitor,
            Fingerprints fingerprints, ContactCipher cipher, RegionRegistry regions, Clock clock) {
        this.households = households;
        this.signals = signals;
        this.monitor = monitor;
        this.fingerprints = fingerprints;
        this.cipher = cipher;
        this.regions = regions;
        this.clock = clock;
    }

    public Mono<Registered> put(String householdId, ValidHousehold valid) {
        HouseholdHead head = new HouseholdHead(fingerprints.of(valid.headId()),
                cipher.seal(valid.headId().normalized(), "head-id:" + householdId),
                valid.headName() == null ? null : valid.headName().masked(), valid.headId().masked());
        return households.findByFingerprints(List.of(head.idFingerprint()))
                .filter(other -> !other.id().equals(householdId))
                .next()
                .flatMap(other -> Mono.<Void>error(ProblemException.conflict(
                        "head.idNumber is already the head of household " + other.id())))
                .then(signals.attach(head.idFingerprint(), householdId))
                .then(households.findById(householdId))
                .flatMap(existing -> monitor.update(householdId,
                                read -> read.with(household(householdId, valid, head, read.data())), "HOUSEHOLD",
                                householdId)
                        .map(updated -> new Registered(false, updated)))
                .switchIfEmpty(Mono.defer(() -> monitor.create(new HouseholdDocument(householdId, 0,
                                household(householdId, valid, head, null), StoredAssessment.NONE, null, null, null,
                                null, List.of()), "HOUSEHOLD", householdId)
                        .map(created -> new Registered(true, created))
                        // created meanwhile by another request: this one updates it
                        .onErrorResume(DuplicateKeyException.class, raced -> put(householdId, valid))));
    }

    private Household household(String id, ValidHousehold valid, HouseholdHead head, Household before) {
        Instant now = clock.instant();
        boolean nowMonitored = valid.status() == HouseholdStatus.MONITORED;
        Instant identifiedAt = nowMonitored
                ? (before != null && before.status() == HouseholdStatus.MONITORED ? before.identifiedAt() : now)
                : before == null ? null : before.identifiedAt();
        Instant clearedAt = valid.status() == HouseholdStatus.RISK_CLEARED && before != null ? before.clearedAt()
                : null;
        return new Household(id, valid.region().code(), regions.countyOf(valid.region().code()).code(), head,
                valid.members(), valid.status(), valid.monitoringType(), valid.incomes(), valid.expenditure(),
                valid.helper(), valid.housingSafe(), valid.waterSafe(), identifiedAt, clearedAt);
    }
}
