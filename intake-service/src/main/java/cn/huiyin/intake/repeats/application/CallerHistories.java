package cn.huiyin.intake.repeats.application;

import cn.huiyin.intake.repeats.model.CallerHistory;

import reactor.core.publisher.Mono;

/** Each caller's history, keyed by the caller ref and cut to the latest {@link CallerHistory#KEPT} calls. */
public interface CallerHistories {

    /**
     * Adds the call to its caller's history and answers the history as it was before (empty for a new caller), in
     * one command: a caller with 10,000 earlier calls costs what a new caller costs.
     */
    Mono<CallerHistory> add(String callerRef, CallerHistory.PastCall call);

    /** Takes the call out of its caller's history again. */
    Mono<Void> remove(String callerRef, String callId);
}
