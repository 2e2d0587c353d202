package cn.huiyin.cases.callbacks.web;

import cn.huiyin.cases.callbacks.application.CallbackWorkList;
import cn.huiyin.cases.callbacks.application.RecordCallback;
import cn.huiyin.cases.cases.application.CaseQueries;
import cn.huiyin.cases.cases.model.CallbackOutcome;
import cn.huiyin.cases.cases.web.CaseActionExchange;
import cn.huiyin.cases.cases.web.CaseQueryHandler;
import cn.huiyin.cases.cases.web.Fields;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.UnreachableReason;
import cn.huiyin.privacy.FreeText;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/** The callback desk's work list, and the callbacks it records. */
public class CallbackHandler {

    private final RecordCallback callbacks;
    private final CallbackWorkList workList;
    private final CaseQueries queries;
    private final RegionAccess access;
    private final CaseActionExchange exchange;
    private final Clock clock;

    public CallbackHandler(RecordCallback callbacks, CallbackWorkList workList, CaseQueries queries,
            RegionAccess access, CaseActionExchange exchange, Clock clock) {
        this.callbacks = callbacks;
        this.workList = workList;
        this.queries = queries;
        this.access = access;
        this.exchange = exchange;
        this.clock = clock;
    }

    public Mono<ServerResponse> due(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            List<String> regions = CaseQueryHandler.scope(request, client, queries, errors);
            int size = QueryParams.number(request, "size", 50, 1, CaseQueryHandler.MAX_SIZE, errors);
            int page = QueryParams.page(request, size, errors);
            errors.throwIfAny();
            return workList.due(regions, page, size).flatMap(found -> ServerResponse.ok().bodyValue(found));
        });
    }

    public Mono<ServerResponse> callback(ServerRequest request) {
        return exchange.run(request, CallbackRequest.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            CallbackResult result = Fields.required("result", body.result(), CallbackResult.class, errors);
            UnreachableReason reason = Fields.optional("unreachableReason", body.unreachableReason(),
                    UnreachableReason.class, errors);
            errors.check("unreachableReason", result != CallbackResult.UNREACHABLE || reason != null,
                    "is required when the citizen was unreachable");
            errors.check("unreachableReason", result == CallbackResult.UNREACHABLE || reason == null,
                    "is only given when the citizen was unreachable");
            String comment = FreeText.mask(Fields.text("comment", body.comment(), 2000, errors));
            Instant at = Fields.at(body.at(), clock, errors);
            errors.throwIfAny();
            CallbackOutcome outcome = new CallbackOutcome(result, reason, comment);
            return target -> callbacks.record(target, outcome, at);
        });
    }
}
