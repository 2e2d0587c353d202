package cn.huiyin.monitoring.visits.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.infrastructure.HouseholdDocument;
import cn.huiyin.monitoring.households.infrastructure.HouseholdStore;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.web.InputRules;
import cn.huiyin.monitoring.households.web.Scopes;
import cn.huiyin.monitoring.visits.model.Visit;
import cn.huiyin.regions.RegionRegistry;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * Helpers' visits and contacts (帮扶): logged, and the monitored households not visited within a
 * quarter or not contacted within a month listed as overdue.
 */
public class VisitHandler {

    static final String COLLECTION = "visits";

    record VisitRequest(@Schema(allowableValues = {"VISIT", "CONTACT"}) String kind,
            @Schema(format = "date") String on, String helper, String note) {
    }

    public record OverdueVisit(String householdId, String regionCode, String helper, LocalDate lastVisit,
            LocalDate lastContact, List<String> reasons) {
    }

    private final ReactiveMongoTemplate mongo;
    private final HouseholdStore households;
    private final RiskMonitor monitor;
    private final RegionAccess access;
    private final RegionRegistry regions;
    private final RequestBodies bodies;

    public VisitHandler(ReactiveMongoTemplate mongo, HouseholdStore households, RiskMonitor monitor,
            RegionAccess access, RegionRegistry regions, RequestBodies bodies) {
        this.mongo = mongo;
        this.bodies = bodies;
        this.households = households;
        this.monitor = monitor;
        this.access = access;
        this.regions = regions;
    }

    public Mono<ServerResponse> record(ServerRequest request) {
        String id = request.pathVariable("householdId");
        return access.currentClient().flatMap(client -> households.findById(id)
                        .filter(d -> access.mayActOn(client, d.data().regionCode()))
                        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("household " + id)))
                        .then(bodies.decode(request, VisitRequest.class))
                        .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required"))))
                .flatMap(decoded -> {
                    Visit visit = decoded.validated(body -> validated(id, body));
                    return mongo.insert(visit, COLLECTION).then(monitor.update(id, d -> d.visited(
                            visit.kind() == Visit.Kind.VISIT ? later(d.lastVisit(), visit.on()) : d.lastVisit(),
                            later(d.lastContact(), visit.on())), "VISIT", visit.visitId()));
                })
                .flatMap(saved -> ServerResponse.status(201).bodyValue(saved.lastVisit() == null
                        ? Map.of("lastContact", saved.lastContact())
                        : Map.of("lastVisit", saved.lastVisit(), "lastContact", saved.lastContact())));
    }

    public Mono<ServerResponse> overdue(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            Criteria scope = Scopes.of(request.queryParam("region").orElse(null), client, access, regions, errors);
            errors.throwIfAny();
            LocalDate today = monitor.today();
            Query monitored = Query.query(new Criteria().andOperator(scope,
                    where(HouseholdDocument.path("status")).is(HouseholdStatus.MONITORED.name())))
                    .with(Sort.by("_id")).limit(5000);
            return households.find(monitored)
                    .mapNotNull(d -> overdueOf(d, today))
                    .collectList()
                    .flatMap(list -> ServerResponse.ok().bodyValue(list));
        });
    }

    static OverdueVisit overdueOf(HouseholdDocument d, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (d.lastVisit() == null || d.lastVisit().isBefore(today.minusMonths(3))) {
            reasons.add(d.lastVisit() == null ? "从未入户走访" : "超过一个季度未走访（上次 " + d.lastVisit() + "）");
        }
        if (d.lastContact() == null || d.lastContact().isBefore(today.minusMonths(1))) {
            reasons.add(d.lastContact() == null ? "从未联系" : "超过一个月未联系（上次 " + d.lastContact() + "，"
                    + ChronoUnit.DAYS.between(d.lastContact(), today) + "天）");
        }
        return reasons.isEmpty() ? null : new OverdueVisit(d.id(), d.data().regionCode(),
                d.data().helper() == null ? null : d.data().helper().name(), d.lastVisit(), d.lastContact(), reasons);
    }

    private Visit validated(String householdId, VisitRequest body) {
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
        return new Visit(UUID.randomUUID().toString(), householdId, kind, on == null ? monitor.today() : on, helper,
                note);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
