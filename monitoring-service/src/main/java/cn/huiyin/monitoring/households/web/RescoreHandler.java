package cn.huiyin.monitoring.households.web;

import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.monitoring.households.application.Rescoring;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/risk/rescore}: every household scored again after the rules or a monitoring
 * line changed; {@code ?pageSize=} overrides the configured page (1 to 10,000 households), {@code ?pages=} stops
 * after that many pages (the run stays unfinished; the next call continues it).
 */
public class RescoreHandler {

    static final int MAX_PAGE_SIZE = 10_000;

    private final Rescoring rescoring;

    public RescoreHandler(Rescoring rescoring) {
        this.rescoring = rescoring;
    }

    public Mono<ServerResponse> rescore(ServerRequest request) {
        return Mono.defer(() -> {
            FieldErrors errors = new FieldErrors();
            int pageSize = QueryParams.number(request, "pageSize", rescoring.pageSize(), 1, MAX_PAGE_SIZE, errors);
            int pages = QueryParams.number(request, "pages", Integer.MAX_VALUE, 1, Integer.MAX_VALUE, errors);
            errors.throwIfAny();
            return rescoring.rescoreAll(pageSize, pages).flatMap(result -> ServerResponse.ok().bodyValue(result));
        });
    }
}
