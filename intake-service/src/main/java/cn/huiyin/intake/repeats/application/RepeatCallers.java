package cn.huiyin.intake.repeats.application;

import cn.huiyin.events.Category;
import cn.huiyin.intake.repeats.model.CallerHistory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * Spots a caller who calls again about the same matter ({@link CallerHistory#repeatedBy}): recording a call in its
 * caller's history and reading the calls before it is one command.
 */
public class RepeatCallers {

    private static final Logger log = LoggerFactory.getLogger(RepeatCallers.class);

    private final CallerHistories histories;

    public RepeatCallers(CallerHistories histories) {
        this.histories = histories;
    }

    /**
     * Records the call in its caller's history and answers the earlier call it repeats, if any.
     * A call that is then not stored must be {@link #forget forgotten}.
     */
    public Mono<Optional<String>> record(String callerRef, String callId, Instant receivedAt,
            List<Category> categories) {
        return histories.add(callerRef, new CallerHistory.PastCall(callId, receivedAt, categories))
                .map(before -> before.repeatedBy(receivedAt, categories));
    }

    /** Takes back a recorded call that was not stored after all; a failure only leaves a link to nowhere possible. */
    public Mono<Void> forget(String callerRef, String callId) {
        return histories.remove(callerRef, callId)
                .onErrorResume(failure -> {
                    log.warn("caller history keeps call {} that was not stored: {}", callId, failure.toString());
                    return Mono.empty();
                });
    }
}
