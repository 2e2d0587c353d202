package cn.huiyin.monitoring.quality.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.monitoring.web.Scopes;
import cn.huiyin.monitoring.quality.application.QualityReview;
import cn.huiyin.regions.RegionRegistry;

import java.util.List;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/data-quality?region=&page=&size=} (四个一致): the households of a page whose
 * figures contradict themselves, a department's warning or their own assessment, with the reason.
 */
public class DataQualityHandler {

    private final QualityReview review;
    private final RegionAccess access;
    private final RegionRegistry regions;

    public DataQualityHandler(QualityReview review, RegionAccess access, RegionRegistry regions) {
        this.review = review;
        this.access = access;
        this.regions = regions;
    }

    public Mono<ServerResponse> issues(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            List<String> scope = Scopes.of(request.queryParam("region").orElse(null), client, access, regions, errors);
            int size = QueryParams.number(request, "size", 500, 1, 5000, errors);
            int page = QueryParams.page(request, size, errors);
            errors.throwIfAny();
            return review.issues(scope, page, size).flatMap(result -> ServerResponse.ok().bodyValue(result));
        });
    }
}
