package cn.huiyin.monitoring.households.application;

import cn.huiyin.chassis.errors.Conflict;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.HouseholdHead;
import cn.huiyin.monitoring.households.model.HouseholdChange;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.YearlyIncome;
import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.regions.RegionRegistry;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;

import reactor.core.publisher.Mono;

/**
 * Puts a household in the register or edits its facts — never its standing in monitoring, which only the acts of
 * identification and elimination change. The head's ID number is kept sealed and as the same keyed fingerprint
 * intake gives callers, so that calls, signals and warnings find the household.
 */
public class HouseholdRegister {

    public record Registered(boolean created, MonitoredHousehold household) {
    }

    private final Households households;
    private final KnownSignals signals;
    private final RiskMonitor monitor;
    private final Fingerprints fingerprints;
    private final ContactCipher cipher;
    private final RegionRegistry regions;

    public HouseholdRegister(Households households, KnownSignals signals, RiskMonitor monitor,
            Fingerprints fingerprints, ContactCipher cipher, RegionRegistry regions) {
        this.households = households;
        this.signals = signals;
        this.monitor = monitor;
        this.fingerprints = fingerprints;
        this.cipher = cipher;
        this.regions = regions;
    }

    public Mono<Registered> put(String householdId, HouseholdEntry entry) {
        HouseholdHead head = new HouseholdHead(fingerprints.of(entry.headId()),
                cipher.seal(entry.headId().normalized(), "head-id:" + householdId),
                entry.headName() == null ? null : entry.headName().masked(), entry.headId().masked());
        Household facts = facts(householdId, entry, head);
        return households.findByFingerprints(List.of(head.idFingerprint()))
                .filter(other -> !other.id().equals(householdId))
                .next()
                .flatMap(other -> Mono.<Void>error(new Conflict(
                        "head.idNumber is already the head of household " + other.id())))
                .thenMany(signals.attach(head.idFingerprint(), householdId)).collectList()
                .flatMap(attached -> households.findById(householdId)
                        // a new head whose signals were waiting: the household learns of them (and may enter the queue)
                        .flatMap(existing -> monitor.act(householdId, known -> signalled(known.household().edit(facts),
                                        attached), "HOUSEHOLD", householdId)
                                .map(updated -> new Registered(false, updated))))
                .switchIfEmpty(Mono.defer(() -> monitor.create(MonitoredHousehold.register(facts), "HOUSEHOLD",
                                householdId)
                        .map(created -> new Registered(true, created))
                        // created meanwhile by another request: this one updates it
                        .onErrorResume(DuplicateKeyException.class, raced -> put(householdId, entry))));
    }

    private static HouseholdChange signalled(HouseholdChange edited, List<Signal> attached) {
        HouseholdChange change = edited;
        for (Signal signal : attached) {
            change = change.then(h -> h.signalled(signal.receivedAt(), signal.source().name(), signal.reference(),
                    signal.factors()));
        }
        return change;
    }

    /** A year's income of a registered household, added or corrected; the household is assessed again. */
    public Mono<MonitoredHousehold> recordIncome(String householdId, YearlyIncome income) {
        return monitor.act(householdId, known -> known.household().recordIncome(income), "INCOME",
                householdId + "/" + income.year());
    }

    private Household facts(String id, HouseholdEntry entry, HouseholdHead head) {
        return new Household(id, entry.region().code(), regions.countyOf(entry.region().code()).code(), head,
                entry.members(), entry.status(), entry.monitoringType(), entry.incomes(), entry.expenditure(),
                entry.helper(), entry.housingSafe(), entry.waterSafe(), null, null);
    }
}
