package cn.huiyin.monitoring.clearing.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.Decoded;
import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.clearing.ClearingBlock;
import cn.huiyin.monitoring.clearing.ClearingRules;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.infrastructure.HouseholdDocument;
import cn.huiyin.monitoring.households.infrastructure.HouseholdStore;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.web.HouseholdView;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code POST /households/{id}/risk-elimination} (风险消除): refused with 422 naming every rule that
 * blocks it ("七不消"); allowed, the household's risk is cleared and {@code RISK_CLEARED} published.
 * The household keeps its history and can be identified again.
 */
public class ClearingHandler {

    record EliminationRequest(String evidence) {
    }

    private final HouseholdStore households;
    private final SignalStore signals;
    private final RiskMonitor monitor;
    private final ClearingRules rules;
    private final RegionAccess access;
    private final RequestBodies bodies;
    private final Clock clock;

    public ClearingHandler(HouseholdStore households, SignalStore signals, RiskMonitor monitor, ClearingRules rules,
            RegionAccess access, RequestBodies bodies, Clock clock) {
        this.households = households;
        this.bodies = bodies;
        this.signals = signals;
        this.monitor = monitor;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    public Mono<ServerResponse> eliminate(ServerRequest request) {
        String id = request.pathVariable("householdId");
        return access.currentClient().flatMap(client -> households.findById(id)
                        .filter(d -> access.mayActOn(client, d.data().regionCode()))
                        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("household " + id))))
                .zipWith(bodies.decode(request, EliminationRequest.class)
                        .defaultIfEmpty(Decoded.of(new EliminationRequest(null))))
                .flatMap(found -> {
                    found.getT2().validated(body -> {
                        if (body.evidence() == null || body.evidence().isBlank()) {
                            throw ProblemException.invalid("evidence", "is required: what shows the risk is gone");
                        }
                        return body;
                    });
                    HouseholdDocument read = found.getT1();
                    return signals.ofHousehold(id).collectList().flatMap(known -> {
                        List<ClearingBlock> blocks = rules.blocks(read.data(), monitor.assess(read, known),
                                read.plan(), read.lastVisit(), monitor.today());
                        if (!blocks.isEmpty()) {
                            return Mono.error(refused(blocks));
                        }
                        return monitor.clear(read, read.with(cleared(read.data())), "elimination:" + id);
                    });
                })
                .flatMap(saved -> ServerResponse.ok().bodyValue(HouseholdView.of(saved)));
    }

    private Household cleared(Household h) {
        return new Household(h.householdId(), h.regionCode(), h.countyCode(), h.head(), h.members(),
                HouseholdStatus.RISK_CLEARED, h.monitoringType(), h.incomes(), h.expenditure(), h.helper(),
                h.housingSafe(), h.waterSafe(), h.identifiedAt(), clock.instant());
    }

    private static ProblemException refused(List<ClearingBlock> blocks) {
        List<FieldError> errors = blocks.stream().map(b -> new FieldError(b.rule(), b.reason())).toList();
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Risk cannot be eliminated yet",
                blocks.size() + " rule(s) block the elimination of this household's risk", errors);
    }
}
