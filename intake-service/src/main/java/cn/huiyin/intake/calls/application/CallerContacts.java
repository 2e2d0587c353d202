package cn.huiyin.intake.calls.application;

import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.intake.vault.application.ContactAudit;
import cn.huiyin.intake.vault.model.Contact;
import cn.huiyin.intake.vault.model.ContactVault;

import reactor.core.publisher.Mono;

/**
 * The caller's clear contact, for the callback desk: every read is audited (who, when, which call, why) before the
 * contact leaves the service. A call's contact costs what the call costs, one read, and the audit's one insert.
 */
public class CallerContacts {

    private final VisibleCalls calls;
    private final ContactVault vault;
    private final ContactAudit audit;

    public CallerContacts(VisibleCalls calls, ContactVault vault, ContactAudit audit) {
        this.calls = calls;
        this.vault = vault;
        this.audit = audit;
    }

    /** The contact of a call the reader may see, read for {@code reason}. */
    public Mono<ContactView> read(Client reader, String callId, String reason) {
        String problem = ContactAudit.validReason(reason);
        if (problem != null) {
            return Mono.error(new InvalidInput("reason", problem));
        }
        return calls.visible(reader, callId)
                .flatMap(call -> audit.record(callId, reader.subject(), reason.strip()).thenReturn(call))
                .map(call -> {
                    Contact contact = vault.open(call.id(), call.caller().sealed());
                    return new ContactView(call.id(), contact.name(), contact.phone(), contact.idNumber(),
                            contact.content(), contact.address());
                });
    }
}
