package cn.huiyin.cases.cases.web;

import cn.huiyin.cases.cases.application.CaseFilter;
import cn.huiyin.cases.cases.application.CaseQueries;
import cn.huiyin.cases.cases.application.CaseViews;
import cn.huiyin.cases.cases.application.StoredCase;
import cn.huiyin.cases.cases.model.CaseState;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.events.Category;
import cn.huiyin.events.Department;

import java.util.List;
import java.util.Optional;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * Reads: one case with its timeline, a case by tracking number and the filtered case list (sorted by deadline,
 * soonest first). A client sees only its regions.
 */
public class CaseQueryHandler {

    /** The most cases one page of a list holds. */
    public static final int MAX_SIZE = 200;

    private final CaseQueries queries;
    private final RegionAccess access;
    private final CaseViews views;

    public CaseQueryHandler(CaseQueries queries, RegionAccess access, CaseViews views) {
        this.queries = queries;
        this.access = access;
        this.views = views;
    }

    public Mono<ServerResponse> find(ServerRequest request) {
        return access.currentClient().flatMap(client -> queries.visible(request.pathVariable("caseId"), client))
                .flatMap(this::detail);
    }

    public Mono<ServerResponse> byTrackingNumber(ServerRequest request) {
        String number = request.pathVariable("trackingNumber");
        return access.currentClient().flatMap(client -> queries.byTrackingNumber(number, client))
                .flatMap(this::detail);
    }

    private Mono<ServerResponse> detail(StoredCase stored) {
        return ServerResponse.ok().eTag(String.valueOf(stored.version())).bodyValue(views.detail(stored));
    }

    public Mono<ServerResponse> list(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            List<String> regions = scope(request, client, queries, errors);
            List<CaseState> states = Fields.list("state", request.queryParams().get("state"), CaseState.class, errors);
            Boolean overdue = flag(request, "overdue", errors).orElse(null);
            Boolean dueSoon = flag(request, "dueSoon", errors).orElse(null);
            Category category = Fields.optional("category", request.queryParam("category").orElse(null),
                    Category.class, errors);
            Department department = Fields.optional("department", request.queryParam("department").orElse(null),
                    Department.class, errors);
            String leader = request.queryParam("leader").orElse(null);
            int size = QueryParams.number(request, "size", 20, 1, MAX_SIZE, errors);
            int page = QueryParams.page(request, size, errors);
            errors.throwIfAny();
            CaseFilter filter = new CaseFilter(regions, states, overdue, dueSoon, category, department, leader, null);
            return queries.page(filter, CaseFilter.Order.DEADLINE, page, size)
                    .flatMap(found -> ServerResponse.ok().bodyValue(found));
        });
    }

    /**
     * The regions of the {@code county} parameter (a county-level unit, city or province within the client's
     * regions), or the client's when it names none; a division that does not exist is a bad parameter.
     */
    public static List<String> scope(ServerRequest request, Client client, CaseQueries queries, FieldErrors errors) {
        Optional<List<String>> scope = queries.scope(request.queryParam("county").orElse(null), client);
        if (scope.isEmpty()) {
            errors.add("county", "is not a known administrative division");
            return List.of();
        }
        return scope.get();
    }

    private static Optional<Boolean> flag(ServerRequest request, String name, FieldErrors errors) {
        return request.queryParam(name).map(v -> {
            errors.check(name, v.equals("true") || v.equals("false"), "must be true or false");
            return Boolean.parseBoolean(v);
        });
    }
}
