package cn.huiyin.intake.vault.application;

import cn.huiyin.intake.vault.model.ContactRead;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The audit trail of contact reads: every read of full contact details is recorded before the
 * details are handed out, with the reason the reader gave.
 */
public final class ContactAudit {

    static final int MIN_REASON = 5;
    static final int MAX_REASON = 200;

    private final ContactReads reads;
    private final Clock clock;

    public ContactAudit(ContactReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** Null when the reason is acceptable, else the message for the {@code reason} field error. */
    public static String validReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "is required: say why the full contact details are needed";
        }
        long length = reason.strip().codePoints().count();
        if (length < MIN_REASON || length > MAX_REASON) {
            return "must be " + MIN_REASON + " to " + MAX_REASON + " characters";
        }
        if (reason.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            return "must not contain control characters";
        }
        return null;
    }

    /** Stores the read; errors with IllegalArgumentException when the reason or the reader is missing. */
    public Mono<ContactRead> record(String callId, String subject, String reason) {
        String problem = validReason(reason);
        if (problem != null) {
            return Mono.error(new IllegalArgumentException("reason " + problem));
        }
        if (callId == null || callId.isBlank() || subject == null || subject.isBlank()) {
            return Mono.error(new IllegalArgumentException("a contact read needs the call id and the reader"));
        }
        // MongoDB keeps milliseconds: the returned record then equals the stored one
        ContactRead read = new ContactRead(UUID.randomUUID().toString(), callId, subject, reason.strip(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return reads.save(read);
    }

    /** The reads of one call's contact details, oldest first. */
    public Flux<ContactRead> readsOf(String callId) {
        return reads.of(callId);
    }
}
