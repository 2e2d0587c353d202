package cn.huiyin.simulator.http;

import java.util.Optional;

/**
 * What a write does when an attempt's answer was lost (a timeout, a reset connection, a gateway's 502 or
 * 504): the server may or may not have done the work, so sending it again is safe only for some writes.
 * A refused connection, 429 and 503 ("nothing was stored") are always sent again: nothing was done.
 */
@FunctionalInterface
public interface IfAnswerLost {

    /** The answer to use when a read shows that the lost attempt took effect; empty to send the write again. */
    Optional<Api.Answer> applied();

    /** Sent again as it is: the server de-duplicates it (the calls API on externalId) or it sets a value. */
    static IfAnswerLost resend() {
        return Optional::empty;
    }

    /** Not sent again: a second one would be recorded twice and no read can tell whether the first was. */
    static IfAnswerLost giveUp(String what) {
        return () -> {
            throw new IllegalStateException(what + ": its answer was lost, and it is not sent twice (it is not"
                    + " idempotent)");
        };
    }
}
