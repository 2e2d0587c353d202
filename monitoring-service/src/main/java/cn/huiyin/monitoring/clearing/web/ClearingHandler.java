package cn.huiyin.monitoring.clearing.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.Decoded;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.clearing.application.EliminateRisk;
import cn.huiyin.monitoring.households.web.HouseholdView;
import cn.huiyin.monitoring.web.InputRules;
import cn.huiyin.chassis.web.FieldErrors;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code POST /households/{id}/risk-elimination} (风险消除): refused with 422 naming every rule that
 * blocks it ("七不消"); allowed, the household's risk is eliminated and {@code ELIMINATED} published.
 * The household keeps its history and can be identified again.
 */
public class ClearingHandler {

    record EliminationRequest(String evidence) {
    }

    private final EliminateRisk elimination;
    private final RegionAccess access;
    private final RequestBodies bodies;

    public ClearingHandler(EliminateRisk elimination, RegionAccess access, RequestBodies bodies) {
        this.elimination = elimination;
        this.access = access;
        this.bodies = bodies;
    }

    public Mono<ServerResponse> eliminate(ServerRequest request) {
        String id = request.pathVariable("householdId");
        return access.currentClient().flatMap(client -> bodies.decode(request, EliminationRequest.class)
                        .defaultIfEmpty(Decoded.of(new EliminationRequest(null)))
                        .flatMap(decoded -> {
                            String evidence = decoded.validated(body -> {
                                if (body.evidence() == null || body.evidence().isBlank()) {
                                    throw ProblemException.invalid("evidence",
                                            "is required: what shows the risk is gone");
                                }
                                FieldErrors errors = new FieldErrors();
                                String text = InputRules.freeText("evidence", body.evidence(), InputRules.TEXT_LENGTH,
                                        errors);
                                errors.throwIfAny();
                                return text;
                            });
                            return elimination.eliminate(client, id, evidence);
                        }))
                .flatMap(saved -> ServerResponse.ok().bodyValue(HouseholdView.of(saved)));
    }
}
