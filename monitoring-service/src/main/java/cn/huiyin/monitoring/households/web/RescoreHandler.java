package cn.huiyin.monitoring.households.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Role;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.monitoring.households.application.Rescoring;
import cn.huiyin.regions.RegionLevel;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/risk/rescore}: every household scored again after the rules or a monitoring
 * line changed; {@code ?pageSize=} overrides the configured page (1 to 10,000 households), {@code ?pages=} stops
 * after that many pages (the run stays unfinished; the next call continues it). It walks every household of the
 * province, so it is the province's administrative act: a token without the province among its regions is refused
 * 403, whatever its scopes.
 */
public class RescoreHandler {

    static final int MAX_PAGE_SIZE = 10_000;

    private final Rescoring rescoring;
    private final RegionAccess access;

    public RescoreHandler(Rescoring rescoring, RegionAccess access) {
        this.rescoring = rescoring;
        this.access = access;
    }

    public Mono<ServerResponse> rescore(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            if (!access.actsAbove(client, Role.MONITORING_OFFICE, RegionLevel.PROVINCE)) {
                return Mono.error(new ProblemException(HttpStatus.FORBIDDEN, "Forbidden", "rescoring every household "
                        + "is an act of the province's " + Role.MONITORING_OFFICE.label() + " (role "
                        + Role.MONITORING_OFFICE.claimValue() + " with the province among the token's regions)"));
            }
            FieldErrors errors = new FieldErrors();
            int pageSize = QueryParams.number(request, "pageSize", rescoring.pageSize(), 1, MAX_PAGE_SIZE, errors);
            int pages = QueryParams.number(request, "pages", Integer.MAX_VALUE, 1, Integer.MAX_VALUE, errors);
            errors.throwIfAny();
            return rescoring.rescoreAll(pageSize, pages).flatMap(result -> ServerResponse.ok().bodyValue(result));
        });
    }
}
