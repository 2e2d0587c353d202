package cn.huiyin.reporting.projections;

import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.reporting.projections.application.Projector;
import cn.huiyin.reporting.seed.Published;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Feeds published events straight to a projector, as the topic consumers would, without Kafka. */
final class Replay {

    private Replay() {
    }

    static void into(Projector projector, List<Published> events) {
        Flux.fromIterable(events).concatMap(event -> apply(projector, event)).blockLast();
    }

    static Mono<Void> apply(Projector projector, Published event) {
        Record payload = event.payload();
        if (payload instanceof CaseReceived e) {
            return projector.onCall(e.callId(), fact -> fact.with(e));
        } else if (payload instanceof CaseAssigned e) {
            return projector.onCall(e.callId(), fact -> fact.with(e));
        } else if (payload instanceof CaseVerified e) {
            return projector.onCall(e.callId(), fact -> fact.with(e));
        } else if (payload instanceof CallbackCompleted e) {
            return projector.onCall(e.callId(), fact -> fact.with(e));
        } else if (payload instanceof CaseOverdue e) {
            return projector.onCall(e.callId(), fact -> fact.with(e));
        } else if (payload instanceof HouseholdRiskChanged e) {
            return projector.onHouseholdRisk(event.attributes().id(), e);
        }
        return Mono.error(new IllegalArgumentException("not a projected event: " + payload));
    }
}
