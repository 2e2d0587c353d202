package cn.huiyin.monitoring.households.web;

import cn.huiyin.monitoring.web.Scopes;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.events.RiskLevel;
import cn.huiyin.monitoring.households.application.HouseholdRegister;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.application.HouseholdFilter;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.YearlyIncome;
import cn.huiyin.monitoring.households.risk.RiskAssessment;
import cn.huiyin.regions.RegionRegistry;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/** The household register: put, read, list, risk, incomes. A client sees only its regions. */
public class HouseholdHandler {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public record HouseholdPage(List<HouseholdView> items, int page, int size, long total) {
    }

    private final Households households;
    private final HouseholdRegister register;
    private final HouseholdValidator validator;
    private final RiskMonitor monitor;
    private final RegionAccess access;
    private final RegionRegistry regions;
    private final RequestBodies bodies;

    public HouseholdHandler(Households households, HouseholdRegister register,
            HouseholdValidator validator, RiskMonitor monitor, RegionAccess access, RegionRegistry regions,
            RequestBodies bodies) {
        this.households = households;
        this.bodies = bodies;
        this.register = register;
        this.validator = validator;
        this.monitor = monitor;
        this.access = access;
        this.regions = regions;
    }

    public Mono<ServerResponse> put(ServerRequest request) {
        String id = householdId(request);
        return access.currentClient().flatMap(client -> visibleOrAbsent(id, client)
                .then(bodies.decode(request, HouseholdRequest.class))
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .map(decoded -> decoded.validated(body -> validator.validate(body, client, monitor.today())))
                .flatMap(valid -> register.put(id, valid)))
                .flatMap(done -> (done.created()
                        ? ServerResponse.created(URI.create("/api/v1/households/" + id))
                        : ServerResponse.ok()).bodyValue(HouseholdView.of(done.household())));
    }

    public Mono<ServerResponse> find(ServerRequest request) {
        return visible(request).flatMap(d -> ServerResponse.ok().bodyValue(HouseholdView.of(d)));
    }

    /** {@code GET .../risk}: scored now, with every factor's evidence and the reasons in words. */
    public Mono<ServerResponse> risk(ServerRequest request) {
        return visible(request).flatMap(d -> monitor.read(d.id()))
                .flatMap(known -> ServerResponse.ok().bodyValue(riskView(known.household(),
                        monitor.assess(known.household(), known.signals()))));
    }

    public record RiskView(String householdId, int score, RiskLevel level, List<RiskFactor> factors, Object findings,
            List<String> reasons, String rulesVersion) {
    }

    private static RiskView riskView(MonitoredHousehold d, RiskAssessment a) {
        return new RiskView(d.id(), a.score(), a.level(), a.factors(), a.findings(), a.reasons(), a.rulesVersion());
    }

    /** {@code POST .../incomes}: a year's income, added or corrected; the household is rescored. */
    public Mono<ServerResponse> income(ServerRequest request) {
        return visible(request).flatMap(d -> bodies.decode(request, HouseholdRequest.IncomeRequest.class)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .map(decoded -> decoded.validated(body -> {
                    FieldErrors errors = new FieldErrors();
                    YearlyIncome income = HouseholdValidator.income("", body, monitor.today(), errors);
                    errors.throwIfAny();
                    return income;
                }))
                .flatMap(income -> register.recordIncome(d.id(), income)))
                .flatMap(updated -> ServerResponse.ok().bodyValue(HouseholdView.of(updated)));
    }

    public Mono<ServerResponse> list(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            List<String> scope = Scopes.of(request.queryParam("region").orElse(null), client, access, regions, errors);
            HouseholdStatus status = HouseholdValidator.enumOf("status", request.queryParam("status").orElse(null),
                    HouseholdStatus.class, errors, false);
            RiskLevel level = HouseholdValidator.enumOf("riskLevel", request.queryParam("riskLevel").orElse(null),
                    RiskLevel.class, errors, false);
            RiskFactor factor = HouseholdValidator.enumOf("riskFactor", request.queryParam("riskFactor").orElse(null),
                    RiskFactor.class, errors, false);
            int size = QueryParams.number(request, "size", 20, 1, 200, errors);
            int page = QueryParams.page(request, size, errors);
            errors.throwIfAny();
            HouseholdFilter filter = new HouseholdFilter(scope, status, level, factor,
                    request.queryParam("helper").orElse(null), false);
            return households.count(filter).zipWith(households.find(filter, Households.Order.SCORE_DESCENDING,
                            (long) page * size, size).map(HouseholdView::of).collectList())
                    .flatMap(found -> ServerResponse.ok().bodyValue(
                            new HouseholdPage(found.getT2(), page, size, found.getT1())));
        });
    }

    Mono<MonitoredHousehold> visible(ServerRequest request) {
        String id = householdId(request);
        return access.currentClient().flatMap(client -> households.findById(id)
                .filter(d -> access.mayActOn(client, d.facts().regionCode()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("household " + id))));
    }

    /** A PUT may create a household, but not overwrite one in another region. */
    private Mono<Void> visibleOrAbsent(String id, Client client) {
        return households.findById(id)
                .filter(d -> !access.mayActOn(client, d.facts().regionCode()))
                .flatMap(d -> Mono.<Void>error(ProblemException.notFound("household " + id)));
    }

    static String householdId(ServerRequest request) {
        String id = request.pathVariable("householdId");
        if (!ID.matcher(id).matches()) {
            throw ProblemException.invalid("householdId", "must be 1-64 letters, digits, '-' or '_'");
        }
        return id;
    }
}
