package cn.huiyin.chassis.sample;

import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.OverdueStage;
import cn.huiyin.regions.RegionRegistry;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

class ReminderHandler {

    record NewReminder(String caseId, String countyCode, Instant deadline) {
    }

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final RegionAccess access;
    private final RegionRegistry regions;
    private final RequestBodies bodies;

    ReminderHandler(ReactiveMongoTemplate mongo, Outbox outbox, RegionAccess access, RegionRegistry regions,
            RequestBodies bodies) {
        this.mongo = mongo;
        this.bodies = bodies;
        this.outbox = outbox;
        this.access = access;
        this.regions = regions;
    }

    Mono<ServerResponse> create(ServerRequest request) {
        return bodies.decode(request, NewReminder.class)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .map(decoded -> decoded.validated(this::validated))
                .flatMap(body -> outbox.save(Reminder.COLLECTION, body.caseId(),
                        List.of(new CaseOverdue(body.caseId(), "HY-" + body.caseId(), body.countyCode(),
                                OverdueStage.DUE_SOON, body.deadline(), Instant.now())),
                        events -> mongo.insert(new Reminder(body.caseId(), body.countyCode(), body.deadline(), events))))
                .flatMap(saved -> ServerResponse.created(URI.create("/api/v1/reminders/" + saved.id()))
                        .bodyValue(saved.id()));
    }

    Mono<ServerResponse> find(ServerRequest request) {
        String id = request.pathVariable("id");
        return access.currentClient().flatMap(client -> mongo.findById(id, Reminder.class)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("reminder " + id)))
                .flatMap(reminder -> access.visibleTo(client, reminder.countyCode(), reminder, "reminder " + id)))
                .flatMap(reminder -> ServerResponse.ok().bodyValue(reminder));
    }

    private NewReminder validated(NewReminder body) {
        FieldErrors errors = new FieldErrors()
                .require("caseId", body.caseId())
                .require("countyCode", body.countyCode())
                .require("deadline", body.deadline());
        if (!errors.has("countyCode") && regions.find(body.countyCode()).isEmpty()) {
            errors.add("countyCode", "is not a known region code");
        }
        errors.throwIfAny();
        return body;
    }
}
