package cn.huiyin.cases.cases.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.cases.cases.application.CaseActions;
import cn.huiyin.cases.cases.infrastructure.CaseDocument;
import cn.huiyin.cases.cases.infrastructure.CaseStore;
import cn.huiyin.cases.cases.model.CaseState;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.events.Category;
import cn.huiyin.events.Department;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * Reads: one case with its timeline, a case by tracking number, the filtered case list (sorted by
 * deadline, soonest first) and the callback desk's work list. A client sees only its regions.
 */
public class CaseQueryHandler {

    static final int MAX_SIZE = 200;

    public record CasePage(List<CaseViews.CaseView> items, int page, int size, long total) {
    }

    private final CaseStore cases;
    private final CaseActions actions;
    private final RegionAccess access;
    private final RegionRegistry regions;
    private final CaseViews views;
    private final Clock clock;

    public CaseQueryHandler(CaseStore cases, CaseActions actions, RegionAccess access, RegionRegistry regions,
            CaseViews views, Clock clock) {
        this.cases = cases;
        this.actions = actions;
        this.access = access;
        this.regions = regions;
        this.views = views;
        this.clock = clock;
    }

    public Mono<ServerResponse> find(ServerRequest request) {
        return access.currentClient().flatMap(client -> actions.visible(request.pathVariable("caseId"), client))
                .flatMap(this::detail);
    }

    public Mono<ServerResponse> byTrackingNumber(ServerRequest request) {
        String number = request.pathVariable("trackingNumber");
        return access.currentClient().flatMap(client -> cases.findByTrackingNumber(number)
                        .filter(found -> access.mayActOn(client, found.data().countyCode()))
                        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("case " + number))))
                .flatMap(this::detail);
    }

    private Mono<ServerResponse> detail(CaseDocument document) {
        return ServerResponse.ok().eTag(String.valueOf(document.version())).bodyValue(views.detail(document));
    }

    public Mono<ServerResponse> list(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            List<Criteria> filters = new ArrayList<>();
            filters.add(scope(request.queryParam("county").orElse(null), client, errors));
            List<CaseState> states = Fields.list("state", request.queryParams().get("state"), CaseState.class, errors);
            if (!states.isEmpty()) {
                filters.add(where(CaseDocument.path("state")).in(states.stream().map(Enum::name).toList()));
            }
            flag(request, "overdue", errors).ifPresent(v -> filters.add(where(CaseDocument.path("overdue")).is(v)));
            flag(request, "dueSoon", errors).ifPresent(v -> filters.add(where(CaseDocument.path("dueSoon")).is(v)));
            Category category = Fields.optional("category", request.queryParam("category").orElse(null),
                    Category.class, errors);
            if (category != null) {
                filters.add(where(CaseDocument.path("categories")).is(category.name()));
            }
            Department department = Fields.optional("department", request.queryParam("department").orElse(null),
                    Department.class, errors);
            if (department != null) {
                filters.add(new Criteria().orOperator(
                        where(CaseDocument.path("routing.leadDepartment")).is(department.name()),
                        where(CaseDocument.path("routing.coDepartments")).is(department.name())));
            }
            request.queryParam("leader").ifPresent(v -> filters.add(where(CaseDocument.path("supervision.leader"))
                    .is(v)));
            int size = QueryParams.number(request, "size", 20, 1, MAX_SIZE, errors);
            int page = QueryParams.page(request, size, errors);
            errors.throwIfAny();
            return page(Query.query(new Criteria().andOperator(filters)), Sort.by(CaseDocument.path("deadline.dueAt")),
                    page, size);
        });
    }

    /** The callback desk's work list: cases waiting for a callback whose next attempt is due. */
    public Mono<ServerResponse> callbacksDue(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            Criteria criteria = new Criteria().andOperator(
                    scope(request.queryParam("county").orElse(null), client, errors),
                    where(CaseDocument.path("state")).is(CaseState.CALLBACK_PENDING.name()),
                    where(CaseDocument.path("nextCallbackAt")).lte(clock.instant()));
            int size = QueryParams.number(request, "size", 50, 1, MAX_SIZE, errors);
            int page = QueryParams.page(request, size, errors);
            errors.throwIfAny();
            return page(Query.query(criteria), Sort.by(CaseDocument.path("nextCallbackAt")), page, size);
        });
    }

    private Mono<ServerResponse> page(Query query, Sort sort, int page, int size) {
        return cases.count(query).zipWith(cases.find(Query.of(query).with(sort.and(Sort.by("_id")))
                        .skip((long) page * size).limit(size)).map(views::summary).collectList())
                .flatMap(found -> ServerResponse.ok()
                        .bodyValue(new CasePage(found.getT2(), page, size, found.getT1())));
    }

    /** The cases of the client's regions, narrowed to one county-level unit, city or province if asked. */
    private Criteria scope(String region, Client client, FieldErrors errors) {
        List<String> within = new ArrayList<>();
        if (region != null) {
            Region r = regions.find(region).orElse(null);
            if (r == null) {
                errors.add("county", "is not a known administrative division");
                return new Criteria();
            }
            if (!access.mayActOn(client, r.code())) {
                throw ProblemException.notFound("region " + region);
            }
            within.add(r.code());
        } else {
            client.regions().forEach(code -> regions.find(code).ifPresent(r -> within.add(r.code())));
        }
        return new Criteria().orOperator(
                where(CaseDocument.path("routing.countyCode")).in(within),
                where(CaseDocument.path("cityCode")).in(within),
                where(CaseDocument.path("provinceCode")).in(within));
    }

    private static Optional<Boolean> flag(ServerRequest request, String name, FieldErrors errors) {
        return request.queryParam(name).map(v -> {
            errors.check(name, v.equals("true") || v.equals("false"), "must be true or false");
            return Boolean.parseBoolean(v);
        });
    }

}
