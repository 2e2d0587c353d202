package cn.huiyin.cases.supervision.application;

import cn.huiyin.cases.cases.application.ActingOn;
import cn.huiyin.cases.cases.application.CaseChanges;
import cn.huiyin.cases.cases.application.StoredCase;

import java.time.Clock;

import reactor.core.publisher.Mono;

/** A supervisor above the county urges it on its case (催办/督办); see {@link Oversight} for who may. */
public class UrgeCase {

    private final Oversight oversight;
    private final CaseChanges changes;
    private final Clock clock;

    public UrgeCase(Oversight oversight, CaseChanges changes, Clock clock) {
        this.oversight = oversight;
        this.changes = changes;
        this.clock = clock;
    }

    public Mono<StoredCase> urge(ActingOn on, String note) {
        return changes.apply(on, c -> {
            oversight.require(on.client(), Oversight.Act.URGE, c);
            return c.urge(note, on.client().subject(), clock.instant());
        });
    }
}
