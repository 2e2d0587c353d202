package cn.huiyin.monitoring.identification.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.events.MonitoringType;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.households.web.HouseholdView;
import cn.huiyin.monitoring.web.InputRules;
import cn.huiyin.monitoring.web.Scopes;
import cn.huiyin.monitoring.identification.application.IdentificationQueue;
import cn.huiyin.monitoring.households.model.SignalSource;
import cn.huiyin.regions.RegionRegistry;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * The identification queue (应纳尽纳) and the county's decisions on it: {@code GET /identification-queue} and
 * {@code POST /households/{id}/identification} (纳入监测 / 不予纳入).
 */
public class IdentificationHandler {

    record DecisionRequest(@Schema(allowableValues = {"IDENTIFY", "NOT_IDENTIFY"}) String decision,
            @Schema(implementation = MonitoringType.class, description = "required to identify") String monitoringType,
            @Schema(description = "the risk factors the household is taken in for; required to identify")
            List<String> reasons,
            @Schema(description = "why the household is not taken in; required not to identify") String reason) {
    }

    private final IdentificationQueue queue;
    private final RegionAccess access;
    private final RegionRegistry regions;
    private final RequestBodies bodies;

    public IdentificationHandler(IdentificationQueue queue, RegionAccess access, RegionRegistry regions,
            RequestBodies bodies) {
        this.queue = queue;
        this.access = access;
        this.regions = regions;
        this.bodies = bodies;
    }

    public Mono<ServerResponse> queue(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            List<String> scope = Scopes.of(request.queryParam("region").orElse(null), client, access, regions, errors);
            SignalSource source = errors.enumOf("source", request.queryParam("source").orElse(null),
                    SignalSource.class, false);
            String overdue = request.queryParam("overdue").orElse("false");
            errors.check("overdue", overdue.equals("true") || overdue.equals("false"), "must be true or false");
            errors.throwIfAny();
            return queue.queue(client, scope, source, overdue.equals("true"))
                    .flatMap(found -> ServerResponse.ok().bodyValue(found));
        });
    }

    /** {@code GET /api/v1/warnings/unmatched}: department warnings that found no household yet. */
    public Mono<ServerResponse> unmatchedWarnings(ServerRequest request) {
        return access.currentClient().flatMap(client -> queue.unmatched(client, SignalSource.DEPARTMENT_WARNING, 5000)
                .flatMap(list -> ServerResponse.ok().bodyValue(list)));
    }

    /** {@code POST /households/{id}/identification}: 纳入监测 (with type and reasons) or 不予纳入 (with the reason). */
    public Mono<ServerResponse> decide(ServerRequest request) {
        String id = request.pathVariable("householdId");
        return access.currentClient().flatMap(client -> bodies.decode(request, DecisionRequest.class)
                        .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                        .flatMap(decoded -> queue.decide(client, id, decoded.validated(IdentificationHandler::decision))))
                .flatMap(saved -> ServerResponse.ok().bodyValue(HouseholdView.of(saved)));
    }

    private static IdentificationQueue.Decision decision(DecisionRequest body) {
        FieldErrors errors = new FieldErrors();
        String decision = body.decision();
        errors.check("decision", "IDENTIFY".equals(decision) || "NOT_IDENTIFY".equals(decision),
                "must be IDENTIFY or NOT_IDENTIFY");
        boolean identify = "IDENTIFY".equals(decision);
        MonitoringType type = errors.enumOf("monitoringType", body.monitoringType(), MonitoringType.class, identify);
        List<RiskFactor> reasons = new ArrayList<>();
        List<String> given = body.reasons() == null ? List.of() : body.reasons();
        for (int i = 0; i < given.size(); i++) {
            RiskFactor factor = errors.enumOf("reasons[" + i + "]", given.get(i), RiskFactor.class, true);
            if (factor != null && !reasons.contains(factor)) {
                reasons.add(factor);
            }
        }
        if (identify) {
            errors.check("reasons", !given.isEmpty(), "must name at least one of " + Arrays.toString(
                    RiskFactor.values()) + ": the risks the household is taken in for");
        }
        String reason = InputRules.freeText("reason", body.reason(), InputRules.TEXT_LENGTH, errors);
        if ("NOT_IDENTIFY".equals(decision)) {
            errors.check("reason", reason != null && !reason.isBlank(), "is required: why the household is not "
                    + "taken into monitoring");
        }
        errors.throwIfAny();
        return new IdentificationQueue.Decision(identify, type, reasons, reason);
    }
}
