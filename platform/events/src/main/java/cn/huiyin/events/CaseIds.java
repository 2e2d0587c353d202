package cn.huiyin.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The case id of a call, derived from its call id: the same call always gives the same case, so a redelivered
 * {@code case-received} cannot open two, and a consumer holding a call can find the key its case's events carry.
 */
public final class CaseIds {

    private CaseIds() {
    }

    public static String of(String callId) {
        return UUID.nameUUIDFromBytes(("case:" + Checks.notBlank(callId, "callId")).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
