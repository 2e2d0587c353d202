package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.intake.vault.ContactAudit;
import cn.huiyin.intake.vault.ContactVault;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/calls/{callId}/contact?reason=}: the caller's clear contact, for the callback
 * desk. Needs {@code contact:read}; every read is audited (who, when, which call, why) before the
 * contact leaves the service.
 */
public class ContactHandler {

    /** {@code content} and {@code address} as the caller gave them, only when the call shows them masked. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record ContactView(String callId, String name, String phone, String idNumber, String content,
            String address) {

        @Override
        public String toString() {
            return "ContactView[callId=" + callId + ", contact withheld]";
        }
    }

    private final CallHandler callHandler;
    private final ContactVault vault;
    private final ContactAudit audit;
    private final RegionAccess access;

    public ContactHandler(CallHandler callHandler, ContactVault vault, ContactAudit audit, RegionAccess access) {
        this.callHandler = callHandler;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
    }

    public Mono<ServerResponse> contact(ServerRequest request) {
        String callId = request.pathVariable("callId");
        String reason = request.queryParam("reason").orElse(null);
        String problem = ContactAudit.validReason(reason);
        if (problem != null) {
            return Mono.error(ProblemException.invalid("reason", problem));
        }
        return callHandler.visibleCall(callId)
                .zipWith(access.currentClient())
                .flatMap(found -> audit.record(callId, found.getT2().subject(), reason.strip())
                        .thenReturn(found.getT1()))
                .map(call -> {
                    var contact = vault.open(call.id(), call.caller().sealed());
                    return new ContactView(call.id(), contact.name(), contact.phone(), contact.idNumber(),
                            contact.content(), contact.address());
                })
                .flatMap(view -> ServerResponse.ok().bodyValue(view));
    }
}
