package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.intake.calls.application.CallerContacts;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/calls/{callId}/contact?reason=}: the caller's clear contact, for the callback
 * desk. Needs {@code contact:read}; every read is audited (who, when, which call, why) before the
 * contact leaves the service.
 */
public class ContactHandler {

    private final CallerContacts contacts;
    private final RegionAccess access;

    public ContactHandler(CallerContacts contacts, RegionAccess access) {
        this.contacts = contacts;
        this.access = access;
    }

    public Mono<ServerResponse> contact(ServerRequest request) {
        String callId = request.pathVariable("callId");
        String reason = request.queryParam("reason").orElse(null);
        return access.currentClient().flatMap(client -> contacts.read(client, callId, reason))
                .flatMap(view -> ServerResponse.ok().bodyValue(view));
    }
}
