package cn.huiyin.intake.vault.application;

import cn.huiyin.intake.vault.model.ContactRead;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit trail of contact reads, as {@link ContactAudit} keeps it. */
public interface ContactReads {

    /** Stores the read, one insert; answers it as stored. */
    Mono<ContactRead> save(ContactRead read);

    /** The reads of one call's contact details, oldest first. */
    Flux<ContactRead> of(String callId);
}
