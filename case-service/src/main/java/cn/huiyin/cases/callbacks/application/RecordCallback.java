package cn.huiyin.cases.callbacks.application;

import cn.huiyin.cases.cases.application.ActingOn;
import cn.huiyin.cases.cases.application.CaseChanges;
import cn.huiyin.cases.cases.application.CasePolicies;
import cn.huiyin.cases.cases.application.StoredCase;
import cn.huiyin.cases.cases.model.CallbackOutcome;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * The callback desk records what the citizen said (回访): satisfied closes the case, unsatisfied reopens it with a
 * new deadline, unreachable waits for the next attempt until the last one allowed closes it.
 */
public class RecordCallback {

    private final CaseChanges changes;
    private final CasePolicies policies;

    public RecordCallback(CaseChanges changes, CasePolicies policies) {
        this.changes = changes;
        this.policies = policies;
    }

    public Mono<StoredCase> record(ActingOn on, CallbackOutcome outcome, Instant at) {
        return changes.apply(on, c -> CaseChanges.notBefore(c, at).callback(outcome, policies.callbacks(),
                policies.reopenDeadline(c, at), on.client().subject(), at));
    }
}
