package cn.huiyin.cases.cases.application;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

/** The county accepts its case and names the investigation team (签收, 核查组). */
public class AcceptCase {

    private final CaseChanges changes;

    public AcceptCase(CaseChanges changes) {
        this.changes = changes;
    }

    public Mono<StoredCase> accept(ActingOn on, List<String> team, Instant at) {
        return changes.apply(on, c -> CaseChanges.notBefore(c, at).accept(team, on.client().subject(), at));
    }
}
