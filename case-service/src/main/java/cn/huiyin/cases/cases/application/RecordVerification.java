package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.Verification;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * The county's verification report (核查反馈): the case goes to the city's review where its jurisdiction requires
 * one (市级核查), to the callback desk otherwise.
 */
public class RecordVerification {

    private final CaseChanges changes;
    private final CasePolicies policies;

    public RecordVerification(CaseChanges changes, CasePolicies policies) {
        this.changes = changes;
        this.policies = policies;
    }

    public Mono<StoredCase> record(ActingOn on, Verification.Report report, Instant at) {
        return changes.apply(on, c -> CaseChanges.notBefore(c, at)
                .verify(report, policies.reviewRequired(c), on.client().subject(), at));
    }
}
