package cn.huiyin.monitoring.plans.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.RuleViolation;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.web.HouseholdView;
import cn.huiyin.monitoring.web.InputRules;
import cn.huiyin.monitoring.households.model.AssistancePlan;
import cn.huiyin.monitoring.households.model.Measure;
import cn.huiyin.monitoring.households.model.MeasureType;
import cn.huiyin.monitoring.households.model.PlanCoverage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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

    private final RiskMonitor monitor;
    private final RegionAccess access;
    private final RequestBodies bodies;
    private final Clock clock;

    public PlanHandler(RiskMonitor monitor, RegionAccess access, RequestBodies bodies, Clock clock) {
        this.bodies = bodies;
        this.monitor = monitor;
        this.access = access;
        this.clock = clock;
    }

    public Mono<ServerResponse> plan(ServerRequest request) {
        String id = request.pathVariable("householdId");
        return access.currentClient().flatMap(client -> monitor.read(id)
                        .filter(known -> access.mayActOn(client, known.household().facts().regionCode()))
                        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("household " + id)))
                        .zipWith(bodies.decode(request, PlanRequest.class)
                                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required"))))
                        .flatMap(found -> {
                            AssistancePlan plan = found.getT2().validated(body -> validated(body, client.subject()));
                            return monitor.act(id, known -> {
                                List<RiskFactor> active = monitor.assess(known.household(), known.signals())
                                        .factors();
                                Set<RiskFactor> uncovered = PlanCoverage.uncovered(plan, active);
                                if (!uncovered.isEmpty()) {
                                    throw uncoveredProblem(uncovered);
                                }
                                return known.household().adopt(plan);
                            }, "PLAN", id);
                        }))
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

    private static RuleViolation uncoveredProblem(Set<RiskFactor> uncovered) {
        List<FieldError> errors = uncovered.stream()
                .map(f -> new FieldError("measures", "no measure addresses the active risk " + f + " (" + f.label()
                        + ")"))
                .toList();
        return new RuleViolation("Plan does not cover every risk",
                "every active risk factor needs a measure that addresses it", errors);
    }

}
