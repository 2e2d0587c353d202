package cn.huiyin.cases.cases.web;

import cn.huiyin.cases.cases.application.ActingOn;
import cn.huiyin.cases.cases.application.CaseViews;
import cn.huiyin.cases.cases.application.StoredCase;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.Decoded;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;

import java.util.function.BiFunction;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * The HTTP side of every action on one case: the body read past its bad fields, the {@code If-Match} version, the
 * use case called for the client, and the case as it is afterwards in the answer, its version as the ETag.
 */
public class CaseActionExchange {

    /** A use case ready to run on the case the request names, for the client that sent it. */
    @FunctionalInterface
    public interface Action {

        Mono<StoredCase> on(ActingOn target);
    }

    private final RegionAccess access;
    private final RequestBodies bodies;
    private final CaseViews views;

    public CaseActionExchange(RegionAccess access, RequestBodies bodies, CaseViews views) {
        this.access = access;
        this.bodies = bodies;
        this.views = views;
    }

    /**
     * Reads the body past its bad fields and plans the action on it: one 400 names the fields that could not be read
     * with those the plan refuses; the plan's other refusals (403) stand, and the case is only read afterwards.
     */
    public <B> Mono<ServerResponse> run(ServerRequest request, Class<B> type, BiFunction<B, Client, Action> plan) {
        return runDecoded(request, type, (decoded, client) -> decoded.validated(body -> plan.apply(body, client)));
    }

    /**
     * As {@link #run}, for a plan that first makes refusals which stand whatever else is wrong with the body (403,
     * 422), then validates the body itself ({@link Decoded#validated}).
     */
    public <B> Mono<ServerResponse> runDecoded(ServerRequest request, Class<B> type,
            BiFunction<Decoded<B>, Client, Action> plan) {
        String caseId = request.pathVariable("caseId");
        Long expected = ifMatch(request);
        return access.currentClient().flatMap(client -> bodies.decode(request, type)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .map(decoded -> plan.apply(decoded, client))
                .flatMap(action -> action.on(new ActingOn(caseId, client, expected))))
                .flatMap(written -> ServerResponse.ok().eTag(String.valueOf(written.version()))
                        .bodyValue(views.detail(written)));
    }

    private static Long ifMatch(ServerRequest request) {
        String value = request.headers().firstHeader("If-Match");
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replace("\"", "").replace("W/", "").strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the case's version number");
        }
    }
}
