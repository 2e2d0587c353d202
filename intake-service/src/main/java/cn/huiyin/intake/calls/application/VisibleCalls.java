package cn.huiyin.intake.calls.application;

import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.intake.calls.model.Call;
import cn.huiyin.regions.RegionRegistry;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * The calls as clients read them: masked, and only those of the client's regions. Another region's call is answered
 * as if it did not exist, so one county cannot probe another's calls.
 */
public class VisibleCalls {

    private final Calls calls;
    private final RegionAccess access;
    private final RegionRegistry regions;

    public VisibleCalls(Calls calls, RegionAccess access, RegionRegistry regions) {
        this.calls = calls;
        this.access = access;
        this.regions = regions;
    }

    public Mono<CallView> find(Client client, String callId) {
        return visible(client, callId).map(call -> CallView.of(call, regions));
    }

    /**
     * One page of the calls within {@code scope} (region codes the client may act on), newest first; {@code from},
     * {@code to} and {@code types} narrow it when given.
     */
    public Mono<CallPage> list(List<String> scope, Instant from, Instant to, List<String> types, int page, int size) {
        return calls.search(scope, from, to, types, page, size)
                .map(call -> CallView.of(call, regions))
                .collectList()
                .zipWith(calls.count(scope, from, to, types))
                .map(found -> new CallPage(found.getT1(), page, size, found.getT2()));
    }

    /** The accepted call, if the client may see it: one read. */
    Mono<Call> visible(Client client, String callId) {
        return calls.findById(callId)
                .filter(call -> access.mayActOn(client, call.countyCode()))
                .switchIfEmpty(Mono.error(() -> new NotFound("call " + callId)));
    }
}
