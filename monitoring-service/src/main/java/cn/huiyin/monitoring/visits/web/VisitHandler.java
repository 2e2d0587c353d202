package cn.huiyin.monitoring.visits.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.web.InputRules;
import cn.huiyin.monitoring.web.Scopes;
import cn.huiyin.monitoring.visits.application.HelperVisits;
import cn.huiyin.monitoring.visits.model.Visit;
import cn.huiyin.regions.RegionRegistry;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * Helpers' visits and contacts (帮扶): logged, and the monitored households whose helper is late with a duty
 * (a visit a quarter, a contact a month, four visits a year) listed, per household, helper or assisting unit.
 */
public class VisitHandler {

    record VisitRequest(@Schema(allowableValues = {"VISIT", "CONTACT"}) String kind,
            @Schema(format = "date") String on, String helper, String note) {
    }

    /** What the visit is, as checked. */
    private record Checked(Visit.Kind kind, LocalDate on, String helper, String note) {
    }

    private final HelperVisits visits;
    private final RiskMonitor monitor;
    private final RegionAccess access;
    private final RegionRegistry regions;
    private final RequestBodies bodies;

    public VisitHandler(HelperVisits visits, RiskMonitor monitor, RegionAccess access, RegionRegistry regions,
            RequestBodies bodies) {
        this.visits = visits;
        this.monitor = monitor;
        this.access = access;
        this.regions = regions;
        this.bodies = bodies;
    }

    public Mono<ServerResponse> record(ServerRequest request) {
        String id = request.pathVariable("householdId");
        return access.currentClient().flatMap(client -> bodies.decode(request, VisitRequest.class)
                        .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                        .flatMap(decoded -> {
                            Checked visit = decoded.validated(this::validated);
                            return visits.record(client, id, visit.kind(), visit.on(), visit.helper(), visit.note());
                        }))
                .flatMap(saved -> ServerResponse.status(201).bodyValue(saved.lastVisit() == null
                        ? Map.of("lastContact", saved.lastContact())
                        : Map.of("lastVisit", saved.lastVisit(), "lastContact", saved.lastContact())));
    }

    /**
     * {@code GET /visits/overdue?region=&by=}: the monitored households whose helper is late with a duty, or with
     * {@code by=helper} / {@code by=unit} the same per helper or per assisting unit (帮扶单位).
     */
    public Mono<ServerResponse> overdue(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            List<String> scope = Scopes.of(request.queryParam("region").orElse(null), client, access, regions, errors);
            HelperVisits.Grouping grouping = errors.enumOf("by",
                    request.queryParam("by").map(v -> v.toUpperCase(java.util.Locale.ROOT)).orElse(null),
                    HelperVisits.Grouping.class, false);
            errors.throwIfAny();
            return grouping == null
                    ? visits.overdue(scope).flatMap(list -> ServerResponse.ok().bodyValue(list))
                    : visits.overdueBy(scope, grouping).flatMap(list -> ServerResponse.ok().bodyValue(list));
        });
    }

    private Checked validated(VisitRequest body) {
        FieldErrors errors = new FieldErrors();
        Visit.Kind kind = null;
        try {
            kind = body.kind() == null ? null : Visit.Kind.valueOf(body.kind());
        } catch (IllegalArgumentException e) {
            // answered below
        }
        errors.check("kind", kind != null, "must be VISIT or CONTACT");
        LocalDate on = InputRules.date("on", body.on(), monitor.today(), "2024-05-01", errors);
        String helper = InputRules.requiredText("helper", body.helper(), InputRules.NAME_LENGTH, errors);
        String note = InputRules.freeText("note", body.note(), InputRules.TEXT_LENGTH, errors);
        errors.throwIfAny();
        return new Checked(kind, on == null ? monitor.today() : on, helper, note);
    }
}
