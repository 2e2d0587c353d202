package cn.huiyin.monitoring.households.application;

import cn.huiyin.monitoring.households.model.Signal;

import java.util.Collection;

import reactor.core.publisher.Flux;
/**
 * The signs of risk known of households, as assessment needs them (a port; the signals feature's store implements
 * it, so that households never depend on the feature that feeds them).
 */
public interface KnownSignals {

    Flux<Signal> ofHousehold(String householdId);

    Flux<Signal> ofHouseholds(Collection<String> householdIds);

    /** Attaches the waiting signals of a person to the household they turned out to head; returns them. */
    Flux<Signal> attach(String idFingerprint, String householdId);
}
