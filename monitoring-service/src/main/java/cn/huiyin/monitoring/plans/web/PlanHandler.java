package cn.huiyin.monitoring.plans.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.plans.application.AdoptPlan;
import cn.huiyin.monitoring.households.web.HouseholdView;
import cn.huiyin.monitoring.web.InputRules;
import cn.huiyin.monitoring.households.model.AssistancePlan;
import cn.huiyin.monitoring.households.model.Measure;
import cn.huiyin.monitoring.households.model.MeasureType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code POST /households/{id}/assistance-plan} (一户一策): refused while an active risk factor has no
 * measure that addresses it, naming each such factor.
 */
public class PlanHandler {

    record MeasureRequest(@Schema(implementation = MeasureType.class) String type, String description, String owner,
            @Schema(format = "date") String due, @Schema(implementation = Measure.Status.class) String status) {
    }

    record PlanRequest(List<MeasureRequest> measures) {
    }

    private final AdoptPlan plans;
    private final RegionAccess access;
    private final RequestBodies bodies;
    private final Clock clock;

    public PlanHandler(AdoptPlan plans, RegionAccess access, RequestBodies bodies, Clock clock) {
        this.bodies = bodies;
        this.plans = plans;
        this.access = access;
        this.clock = clock;
    }

    public Mono<ServerResponse> plan(ServerRequest request) {
        String id = request.pathVariable("householdId");
        return access.currentClient().flatMap(client -> bodies.decode(request, PlanRequest.class)
                        .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                        .flatMap(decoded -> plans.adopt(client, id,
                                decoded.validated(body -> validated(body, client.subject())))))
                .flatMap(saved -> ServerResponse.ok().bodyValue(HouseholdView.of(saved)));
    }

    private AssistancePlan validated(PlanRequest body, String actor) {
        FieldErrors errors = new FieldErrors();
        List<Measure> measures = new ArrayList<>();
        List<MeasureRequest> rows = body.measures() == null ? List.of() : body.measures();
        errors.check("measures", !rows.isEmpty(), "must list at least one measure");
        for (int i = 0; i < rows.size(); i++) {
            MeasureRequest m = rows.get(i);
            String field = "measures[" + i + "]";
            MeasureType type = errors.enumOf(field + ".type", m == null ? null : m.type(), MeasureType.class, true);
            Measure.Status status = errors.enumOf(field + ".status", m == null ? null : m.status(),
                    Measure.Status.class, false);
            LocalDate due = m == null ? null
                    : InputRules.date(field + ".due", m.due(), InputRules.LATEST, "2025-06-30", errors);
            String description = m == null ? null
                    : InputRules.freeText(field + ".description", m.description(), InputRules.TEXT_LENGTH, errors);
            String owner = m == null ? null
                    : InputRules.text(field + ".owner", m.owner(), InputRules.SHORT_TEXT_LENGTH, errors);
            if (type != null) {
                measures.add(new Measure(type, description, owner, due, status));
            }
        }
        errors.throwIfAny();
        return new AssistancePlan(measures, clock.instant(), actor);
    }

}
