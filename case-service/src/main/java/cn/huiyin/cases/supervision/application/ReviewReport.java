package cn.huiyin.cases.supervision.application;

import cn.huiyin.cases.cases.application.ActingOn;
import cn.huiyin.cases.cases.application.CaseChanges;
import cn.huiyin.cases.cases.application.CasePolicies;
import cn.huiyin.cases.cases.application.StoredCase;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * The city reviews a county's report (市级核查): approved, the case goes to the callback desk; returned, it is
 * investigated again within a new deadline. Only the city office over the county reviews, never the report's author.
 */
public class ReviewReport {

    private final Oversight oversight;
    private final CaseChanges changes;
    private final CasePolicies policies;

    public ReviewReport(Oversight oversight, CaseChanges changes, CasePolicies policies) {
        this.oversight = oversight;
        this.changes = changes;
        this.policies = policies;
    }

    public Mono<StoredCase> review(ActingOn on, boolean approve, String opinion, Instant at) {
        return changes.apply(on, c -> {
            oversight.requireReviewer(on.client(), c);
            return CaseChanges.notBefore(c, at).review(approve, opinion, policies.reopenDeadline(c, at),
                    on.client().subject(), at);
        });
    }
}
