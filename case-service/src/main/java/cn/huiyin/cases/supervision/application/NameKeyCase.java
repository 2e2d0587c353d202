package cn.huiyin.cases.supervision.application;

import cn.huiyin.cases.cases.application.ActingOn;
import cn.huiyin.cases.cases.application.CaseChanges;
import cn.huiyin.cases.cases.application.StoredCase;

import java.time.Clock;

import reactor.core.publisher.Mono;

/**
 * A supervisor above the county makes the case a key case (重点交办件) with a responsible leader and lead unit
 * (领导包案); see {@link Oversight} for who may.
 */
public class NameKeyCase {

    private final Oversight oversight;
    private final CaseChanges changes;
    private final Clock clock;

    public NameKeyCase(Oversight oversight, CaseChanges changes, Clock clock) {
        this.oversight = oversight;
        this.changes = changes;
        this.clock = clock;
    }

    public Mono<StoredCase> name(ActingOn on, String leader, String leadUnit, String note) {
        return changes.apply(on, c -> {
            oversight.require(on.client(), Oversight.Act.KEY_CASE, c);
            return c.markKeyCase(leader, leadUnit, note, on.client().subject(), clock.instant());
        });
    }
}
